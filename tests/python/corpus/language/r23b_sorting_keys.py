from operator import itemgetter, attrgetter, methodcaller
from dataclasses import dataclass

people = [("bob", 25, "NY"), ("amy", 31, "LA"), ("cat", 25, "SF"), ("dan", 31, "NY")]
print(sorted(people, key=itemgetter(1)))
print(sorted(people, key=itemgetter(1, 0), reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[2])))
by_city = sorted(people, key=itemgetter(2))
print([p[0] for p in sorted(by_city, key=itemgetter(1))])

@dataclass
class Item:
    name: str
    price: float
items = [Item("pen", 1.5), Item("book", 12.0), Item("Apple", 0.5), Item("cup", 1.5)]
print([i.name for i in sorted(items, key=attrgetter("price", "name"))])
print([i.name for i in sorted(items, key=lambda i: i.name.lower())])
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.casefold))
print(sorted(["  x", "y ", " z"], key=methodcaller("strip")))
print(sorted("hello world"), sorted({3: "a", 1: "b"}))
print(sorted([3, 1, 2], reverse=True), list(reversed([3, 1, 2])))
nums = [5, -3, 2, -8]
nums.sort(key=abs)
print(nums, max(nums, key=abs), min(nums, default=0), min([], default="empty"))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]))
print(sorted([(1, None), (0, None)]))
try:
    sorted([(1, None), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "2", 3])
except TypeError as e:
    print("TypeError:", e)
try:
    items.sort()
except TypeError as e:
    print("TypeError:", e)
print(sorted([2, 1], key=None), sorted(x for x in (3, 1)))
[3, 1].sort(lambda x: x)
