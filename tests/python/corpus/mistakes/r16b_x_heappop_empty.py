# heapq.heappop of an empty heap
print("== heappop empty ==")
import heapq
h = []
print(heapq.heappop(h))
