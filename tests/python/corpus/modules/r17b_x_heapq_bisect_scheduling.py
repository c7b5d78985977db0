# heapq as a scheduler of (time, name) and bisect to place deadlines in sorted order
import heapq
import bisect

events = []
for t, name in [(0.3, 'save'), (0.1, 'fetch'), (0.2, 'parse'), (0.1, 'log')]:
    heapq.heappush(events, (t, name))
print([heapq.heappop(events) for _ in range(len(events))])
nums = [5, 1, 8, 3, 9, 2]
heapq.heapify(nums)
print(nums, heapq.heappushpop(nums, 4), heapq.heapreplace(nums, 0), nums)
print(list(heapq.merge([1, 4, 9], [2, 3, 10])), heapq.nlargest(3, 'hello', key=ord))
deadlines = [0.1, 0.5, 0.9]
for d in (0.3, 0.5, 1.0):
    print(d, bisect.bisect_left(deadlines, d), bisect.bisect_right(deadlines, d))
bisect.insort(deadlines, 0.3)
grades = 'FDCBA'
print(deadlines, [grades[bisect.bisect([60, 70, 80, 90], s)] for s in (33, 70, 89, 95)])
heapq.heappop([])
