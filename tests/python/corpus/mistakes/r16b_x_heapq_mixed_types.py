# heapq with tuples whose second items cannot be compared
import heapq

heap = []
heapq.heappush(heap, (1, "a"))
heapq.heappush(heap, (1, {"job": 2}))
heapq.heappush(heap, (1, {"job": 3}))
print(heap)
