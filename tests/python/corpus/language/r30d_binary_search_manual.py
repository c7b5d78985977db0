# A hand-written binary search with a trace, checked against bisect, and an off-by-one bug
import bisect


def search(xs, target, trace=False):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if trace:
            print(f"  lo={lo} hi={hi} mid={mid} xs[mid]={xs[mid]}")
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


xs = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
print(search(xs, 19, trace=True))
print([search(xs, t) for t in (2, 29, 4, 30)])
print(all(search(xs, x) == bisect.bisect_left(xs, x) for x in xs))


def buggy(xs, target):
    lo, hi = 0, len(xs)
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return lo


print(buggy(xs, 10))
print(buggy(xs, 100))
