import random
random.seed(0)
items = ["a", "b", "c"]
print(random.choices(items, [1, 2, 3], k=4))
try:
    random.choices(items, weights=[1, 2], k=2)
except ValueError as e:
    print("ValueError:", e)
print(random.choices(items, weights=[0, 0, 0]))
