import bisect

def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
print(a)
people = [("ann", 20), ("bob", 30), ("cy", 40)]
print(bisect.bisect_left(people, 30, key=lambda p: p[1]))
print(bisect.bisect(a, 4, lo=0, hi=3))
print(bisect.bisect(a, "x"))
