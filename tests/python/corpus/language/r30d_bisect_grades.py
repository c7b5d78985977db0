# bisect for grade boundaries, insort to keep a list sorted, and a key function
import bisect


def grade(score, breakpoints=(60, 70, 80, 90), letters="FDCBA"):
    return letters[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60]])
xs = [1, 3, 3, 3, 7]
print(bisect.bisect_left(xs, 3), bisect.bisect_right(xs, 3), bisect.bisect_left(xs, 10))
for n in [4, 0, 8, 3]:
    bisect.insort(xs, n)
print(xs)
people = [("amy", 20), ("bob", 31), ("cat", 45)]
print(bisect.bisect(people, 31, key=lambda p: p[1]))
bisect.insort(people, ("dan", 33), key=lambda p: p[1])
print(people)
print(bisect.bisect(xs, 5, lo=0, hi=3))
bisect.bisect(xs, 5, lo=-1)
