# heapq.heappop of an empty heap
import heapq
h = []
print(heapq.heappop(h))
