# Binary search by hand (loop and recursion) against bisect, counting the steps.
import bisect

def bsearch(a, x):
    lo, hi, steps = 0, len(a) - 1, 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid, steps
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def bsearch_r(a, x, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == x:
        return mid
    return bsearch_r(a, x, mid + 1, hi) if a[mid] < x else bsearch_r(a, x, lo, mid - 1)

data = list(range(0, 1000, 3))
for x in [0, 3, 300, 999, 998, -5, 1000]:
    i, steps = bsearch(data, x)
    print(x, i, steps, bsearch_r(data, x), bisect.bisect_left(data, x))
grades = [60, 70, 80, 90]
print(["FDCBA"[bisect.bisect(grades, s)] for s in [33, 60, 75, 89, 90, 100]])
