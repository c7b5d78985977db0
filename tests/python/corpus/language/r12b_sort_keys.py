students = [("ann", "B", 88), ("bob", "A", 92), ("cid", "B", 75), ("dee", "A", 92), ("eve", "C", 60)]
print(sorted(students, key=lambda s: s[2], reverse=True))
print(sorted(students, key=lambda s: (s[1], -s[2])))
by_grade = sorted(students, key=lambda s: s[1])
print([s[0] for s in by_grade])
s2 = sorted(students, key=lambda s: s[0], reverse=True)
s2 = sorted(s2, key=lambda s: s[2])
print([s[0] for s in s2])
words = ["banana", "Apple", "cherry", "apple", "Banana", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=str.lower, reverse=True))
from operator import itemgetter, attrgetter
print(sorted(students, key=itemgetter(1, 0)))
print(max(students, key=itemgetter(2)), min(words, key=len))
d = {"x": 3, "y": 1, "z": 2}
print(sorted(d), sorted(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1]))
nums = [3, -1, 4, -1, 5, -9]
nums.sort(key=abs)
print(nums, sorted(nums, key=lambda n: (n < 0, n)))
print(sorted("hello world"), sorted({3: 1, 1: 2}), sorted((3, 1, 2), reverse=True))
print(sorted([1, "2", 3]))
