import bisect

scores = [60, 70, 80, 90]
grades = "FDCBA"
print([grades[bisect.bisect(scores, s)] for s in [33, 60, 77, 89, 90, 100]])
a = [1, 2, 4, 4, 4, 7]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 8))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
print(a)
people = [("ann", 25), ("bob", 31), ("cat", 40)]
bisect.insort(people, ("dan", 33), key=lambda p: p[1])
print(people)
print(bisect.bisect_left(people, 31, key=lambda p: p[1]))
words = ["apple", "fig", "banana"]
words.sort(key=len)
bisect.insort(words, "kiwi", key=len)
print(words)
print(bisect.bisect_left(a, 4, lo=4), bisect.bisect_right(a, 4, 0, 3))
try:
    bisect.bisect(a, 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)
def index(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x} not found")
print(index(a, 7))
try:
    index(a, 3)
except ValueError as e:
    print("ValueError:", e)
