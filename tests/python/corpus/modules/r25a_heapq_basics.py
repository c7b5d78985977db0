import heapq

nums = [5, 1, 8, 3, 9, 2]
heapq.heapify(nums)
print(nums)
heapq.heappush(nums, 0)
print([heapq.heappop(nums) for _ in range(3)])
print(nums)
print(heapq.nlargest(2, [4, 7, 1, 9]), heapq.nsmallest(2, [4, 7, 1, 9]))
people = [("ann", 31), ("bob", 25), ("cid", 40)]
print(heapq.nsmallest(2, people, key=lambda p: p[1]))
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "read"))
heapq.heappush(tasks, (3, "sleep"))
while tasks:
    pri, name = heapq.heappop(tasks)
    print(pri, name)
heapq.heappop(tasks)
