# Sorting records by several keys in turn (stable sorts), with reverse on only one key
from operator import itemgetter

students = [
    ("ann", "B", 88), ("bob", "A", 92), ("cy", "B", 75), ("dee", "A", 92),
    ("eve", "C", 60), ("fay", "A", 71), ("gus", "C", 60),
]
by_name = sorted(students, key=itemgetter(0), reverse=True)
by_score_desc = sorted(by_name, key=itemgetter(2), reverse=True)
final = sorted(by_score_desc, key=itemgetter(1))
for s in final:
    print(f"{s[1]} {s[2]:>3} {s[0]}")
print(sorted(students, key=lambda s: (s[1], -s[2], s[0]))[:3])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
nums = [3, -1, 2, -3, 1]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (abs(n), n)))
l = [[2, "b"], [1, "a"], [2, "a"]]
l.sort()
print(l, min(l), max(l, key=lambda p: p[1]))
print(sorted("hello world"), "".join(sorted(set("mississippi"))))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
