# heapq to keep the biggest factorials and bisect to place numbers into digit-count buckets.
import heapq
import bisect
import math
vals = [(math.factorial(n), n) for n in [9, 3, 12, 7, 15, 1]]
print(heapq.nlargest(3, vals), heapq.nsmallest(2, vals, key=lambda p: p[1]))
h = []
for v, n in vals:
    heapq.heappush(h, (len(str(v)), n))
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
h2 = [5, 1, 8, 3, 9, 2]
heapq.heapify(h2)
print(h2, heapq.heappushpop(h2, 0), heapq.heapreplace(h2, 7), sorted(h2))
print(list(heapq.merge([1, 4, 9], [2, 3, 10])), list(heapq.merge(["b", "a"], ["c"], reverse=True)))
bounds = [1, 10, 100, 1000, 10**6]
names = ["<1", "1 digit", "2 digits", "3 digits", "4-6 digits", "more"]
for v, n in sorted(vals):
    print(n, names[bisect.bisect_right(bounds, v)], bisect.bisect_left(bounds, v))
sl = [1, 3, 3, 5]
bisect.insort_left(sl, 3)
bisect.insort(sl, 4)
print(sl, bisect.bisect(sl, 3), bisect.bisect_left(sl, 3, 2), bisect.bisect_right([1, 2], 2, key=None))
