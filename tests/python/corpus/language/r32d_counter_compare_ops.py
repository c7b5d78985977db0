# Counters as multisets: comparisons (3.10+), can-I-build-this-word checks, update and fromkeys errors
from collections import Counter


def can_build(word, letters):
    return Counter(word) <= Counter(letters)


print(can_build("apple", "ppleaxyz"), can_build("apple", "plea"))
a, b = Counter(x=2, y=1), Counter(x=1)
print(a > b, a >= a, b < a, a == Counter(x=2, y=1, z=0), a != b)
inventory = Counter(sword=1, potion=3)
inventory.update({"potion": 2, "shield": 1})
inventory.update(["arrow"] * 4)
print(inventory, inventory.most_common(2), sorted(inventory.elements())[:3])
inventory["sword"] -= 1
print(inventory, +inventory, list(inventory), inventory | Counter(potion=10))
print(Counter({"a": 3}) & Counter({"a": 1, "b": 2}), dict(Counter("hello")))
Counter.fromkeys("abc")
