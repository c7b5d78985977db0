# Pushing tuples with an uncomparable payload onto a heap.
import heapq
heap = []
heapq.heappush(heap, (2, "write"))
heapq.heappush(heap, (1, "read"))
print(heapq.heappop(heap))
heapq.heappush(heap, (2, {"task": "send"}))
heapq.heappush(heap, (2, {"task": "recv"}))
print(heap)
