# Finding the k closest points with heapq, a running median with two heaps, and a merge of sorted logs
import heapq
import math

points = [(3, 3), (5, -1), (-2, 4), (1, 1), (0, -3), (2, 2)]
print(heapq.nsmallest(3, points, key=lambda p: math.hypot(*p)))
print(heapq.nlargest(2, points, key=lambda p: p[0] + p[1]))
low, high = [], []
medians = []
for x in [5, 15, 1, 3, 8, 7, 9, 10]:
    heapq.heappush(low, -heapq.heappushpop(high, x))
    if len(low) > len(high):
        heapq.heappush(high, -heapq.heappop(low))
    medians.append(high[0] if len(high) > len(low) else (high[0] - low[0]) / 2)
print(medians)
log_a = [(1, "a: boot"), (5, "a: ready"), (9, "a: stop")]
log_b = [(2, "b: boot"), (5, "b: ready")]
for t, msg in heapq.merge(log_a, log_b):
    print(t, msg)
print(list(heapq.merge([3, 1], [2], key=lambda x: -x)), list(heapq.merge("ace", "bd", reverse=False)))
heapq.heappop([])
