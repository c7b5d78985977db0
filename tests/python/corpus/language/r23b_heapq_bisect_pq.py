import heapq
import bisect
from dataclasses import dataclass, field
import itertools

@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)

counter = itertools.count()
heap = []
for prio, name in [(3, "write"), (1, "urgent"), (2, "review"), (1, "also urgent")]:
    heapq.heappush(heap, Task(prio, next(counter), name))
print([t.name for t in heap][:1])
while heap:
    t = heapq.heappop(heap)
    print(t.priority, t.name)

nums = [5, 1, 8, 3, 9, 2]
print(heapq.nsmallest(3, nums), heapq.nlargest(2, nums), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
heapq.heapify(nums)
print(nums[0], heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 7), sorted(nums))
print(list(heapq.merge([1, 4, 7], [2, 5], [3])))

grades = [60, 70, 80, 90]
letters = "FDCBA"
for score in [55, 60, 75, 90, 100]:
    print(score, letters[bisect.bisect_right(grades, score)])
data = [1, 3, 3, 5]
print(bisect.bisect_left(data, 3), bisect.bisect_right(data, 3), bisect.bisect(data, 4))
bisect.insort(data, 4)
print(data)
people = sorted([("bob", 30), ("amy", 25)], key=lambda p: p[1])
print(bisect.bisect_left(people, 28, key=lambda p: p[1]))
heapq.heappush(heap, {"no": "order"})
heapq.heappush(heap, {"x": 1})
