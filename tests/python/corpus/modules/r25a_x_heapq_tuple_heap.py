import heapq

heap = []
heapq.heappush(heap, 5)
heapq.heappush(heap, 2)
print(heap)
try:
    heapq.heappush(heap)
except TypeError as e:
    print("TypeError:", e)
scores = {"ann": 3, "bob": 1}
try:
    heapq.heapify(scores)
    print("heapified", scores)
except TypeError as e:
    print("TypeError:", e)
frozen = tuple(heap)
heapq.heappush(frozen, 1)
