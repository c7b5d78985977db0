# Misusing heapq, bisect and deque in a scheduler
import heapq, bisect
from collections import deque, Counter

heap = []
heapq.heappush(heap, (2, {"job": "b"}))
heapq.heappush(heap, (1, {"job": "a"}))
print(heapq.heappop(heap))
try:
    heapq.heappush(heap, (2, {"job": "c"}))
except TypeError as e:
    print("heap:", e)
try:
    deque([1, 2], maxlen=-1)
except ValueError as e:
    print("deque:", e)
print(Counter("banana") - Counter("ban"))
print(Counter(a=1) + Counter(a=-5))
times = [1, 5, 9]
bisect.insort(times, "7")
