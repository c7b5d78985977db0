from collections import Counter

inventory = Counter(["a", "b", "a"])
print(inventory)
inventory = inventory - 1
print(inventory)
