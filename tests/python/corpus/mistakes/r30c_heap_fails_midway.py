# heapify of items that cannot all be compared.
import heapq
import random
random.seed(9)
items = [(random.randint(0, 5), {"id": i}) for i in range(12)]
try:
    heapq.heapify(items)
except TypeError as e:
    print("TypeError:", e)
print([p for p, _ in items])
print([d["id"] for _, d in items])
