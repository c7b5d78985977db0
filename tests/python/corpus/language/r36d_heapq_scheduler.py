# A toy scheduler: heapq with (priority, counter, task) tuples, merge and nlargest.
import heapq
from itertools import count

tie = count()
heap = []
for prio, name in [(3, "email"), (1, "deploy"), (2, "review"), (1, "hotfix"), (5, "lunch")]:
    heapq.heappush(heap, (prio, next(tie), name))
print(heap[0])
order = []
while heap:
    prio, _, name = heapq.heappop(heap)
    order.append(f"{name}({prio})")
print(" -> ".join(order))
nums = [15, 3, 9, 27, 1, 8]
heapq.heapify(nums)
print(nums)
print(heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 100), nums)
print(heapq.nlargest(3, [15, 3, 9, 27, 1, 8]), heapq.nsmallest(2, ["pear", "fig", "banana"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 9])))
print(list(heapq.merge(["b", "dd"], ["a", "ccc"], key=len, reverse=False)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
class Job:
    def __init__(self, n): self.n = n
try:
    heapq.heappush(h := [], (1, Job(1)))
    heapq.heappush(h, (1, Job(2)))
except TypeError as e:
    print("TypeError:", e)
