# A priority scheduler with heapq: push, pop, nsmallest, heapify and merge
import heapq

jobs = []
for prio, name in [(3, "email"), (1, "backup"), (2, "report"), (1, "alert")]:
    heapq.heappush(jobs, (prio, name))
print(jobs[0], len(jobs))
while jobs:
    print(heapq.heappop(jobs))
nums = [9, 4, 7, 1, 8, 2]
heapq.heapify(nums)
print(nums, heapq.nsmallest(3, nums), heapq.nlargest(2, nums))
print(heapq.nlargest(2, ["bb", "a", "cccc"], key=len))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
print(heapq.heappushpop([5, 7], 3), heapq.heapreplace([5, 7], 3))
h = [(1, {"x": 1}), (1, {"y": 2})]
heapq.heapify(h)
