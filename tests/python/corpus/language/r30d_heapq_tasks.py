# A priority queue with heapq: tuples, nlargest/nsmallest, heapify, and merge
import heapq

tasks = []
for prio, name in [(3, "write"), (1, "fix bug"), (4, "lunch"), (2, "review"), (1, "deploy")]:
    heapq.heappush(tasks, (prio, name))
print(tasks[0], len(tasks))
while tasks:
    prio, name = heapq.heappop(tasks)
    print(prio, name)
nums = [15, 3, 99, 42, 7, 23, 8]
print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums))
print(heapq.nsmallest(2, ["pear", "fig", "banana"], key=len))
heapq.heapify(nums)
print(nums, heapq.heappushpop(nums, 1), heapq.heapreplace(nums, 100), nums)
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))
heapq.heappush(tasks, (1, "a"))
heapq.heappush(tasks, (1, None))
