# Sorting records with keys: by a field, several fields, reverse, and itemgetter.
from operator import itemgetter, attrgetter

students = [
    {"name": "Ana", "grade": 88, "age": 20},
    {"name": "bob", "grade": 95, "age": 19},
    {"name": "Cleo", "grade": 88, "age": 22},
    {"name": "dan", "grade": 72, "age": 19},
]
print([s["name"] for s in sorted(students, key=itemgetter("grade"))])
print([s["name"] for s in sorted(students, key=lambda s: (-s["grade"], s["name"]))])
print([s["name"] for s in sorted(students, key=lambda s: s["name"])])
print([s["name"] for s in sorted(students, key=lambda s: s["name"].lower())])
print(sorted(students, key=itemgetter("age", "grade"), reverse=True)[0])
words = "banana Apple cherry apple Banana date".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(set(w.lower() for w in words)))
nums = [5, -3, 2, -8, 1]
nums.sort(key=abs)
print(nums, max(nums, key=abs), min(students, key=itemgetter("age"))["name"])
from collections import namedtuple
P = namedtuple("P", "x y")
pts = [P(3, 1), P(1, 2), P(2, 2)]
print(sorted(pts, key=attrgetter("y", "x")))
