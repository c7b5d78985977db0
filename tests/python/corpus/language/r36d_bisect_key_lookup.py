# Grade boundaries and sorted inserts with bisect, including the key= argument.
import bisect

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 60, 69, 70, 89, 90, 100]])
scores = []
for s in [55, 91, 72, 72, 40]:
    bisect.insort(scores, s)
print(scores, bisect.bisect_left(scores, 72), bisect.bisect_right(scores, 72))
people = [("amy", 19), ("bo", 25), ("cy", 31)]
i = bisect.bisect_left(people, 25, key=lambda p: p[1])
print(i, people[i])
bisect.insort(people, ("dee", 28), key=lambda p: p[1])
print(people)
print(bisect.bisect(scores, 60, lo=1, hi=3))
def index_of(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x} not in list")
print(index_of(scores, 91))
try:
    index_of(scores, 50)
except ValueError as e:
    print(e)
try:
    bisect.bisect([1, 2], 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)
