# Sorting students with keys, lambdas, itemgetter/attrgetter, stability and errors
from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple

Student = namedtuple("Student", "name grade age")
roster = [Student("dave", 88, 20), Student("Amy", 92, 19), Student("carl", 88, 22),
          Student("Bea", 75, 19), Student("eve", 92, 21), Student("Finn", 60, 20)]

print([s.name for s in sorted(roster)])
print([s.name for s in sorted(roster, key=lambda s: s.name.lower())])
print([s.name for s in sorted(roster, key=attrgetter("grade", "age"))])
print([(s.name, s.grade) for s in sorted(roster, key=lambda s: (-s.grade, s.name.lower()))])
by_age = sorted(roster, key=attrgetter("age"))
print([(s.age, s.name) for s in sorted(by_age, key=attrgetter("grade"), reverse=True)])
rows = [("x", 3, 2.5), ("y", 1, 9.0), ("z", 3, 1.0)]
print(sorted(rows, key=itemgetter(1, 2)), max(rows, key=itemgetter(2)), min(rows, key=itemgetter(1)))
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig"]
print(sorted(words), sorted(words, key=len), sorted(words, key=methodcaller("casefold")))
print(sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n < 0, n)), sorted(map(str, nums)))
d = {"b": 2, "a": 3, "c": 1}
print(sorted(d), sorted(d, key=d.get), sorted(d.items(), key=itemgetter(1), reverse=True))
nums.sort(reverse=True)
print(nums, nums.sort() is None, nums, list(reversed(nums)))
ranked = {s.name: i for i, s in enumerate(sorted(roster, key=attrgetter("grade"), reverse=True), 1)}
print(ranked)
print(sorted([[3, "a"], [1, "b"], [3, "A"]]), sorted([(1, 2), (1,), ()]), sorted("hello world"))
mixed = [3, "3", 1]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError:", e, mixed)
data = [{"n": "a", "score": 5}, {"n": "b"}, {"n": "c", "score": 2}]
print(sorted(data, key=lambda r: r.get("score", 0)))
print(sorted(data, key=lambda r: r.get("score")))
