# A priority queue with tied priorities and dict payloads: push and pop fail halfway.
import heapq
queue = []
for prio, name in [(5, "e"), (3, "c"), (8, "h"), (1, "a"), (4, "d"), (7, "g")]:
    heapq.heappush(queue, (prio, {"name": name}))
print([p for p, _ in queue])
try:
    heapq.heappush(queue, (3, {"name": "c2"}))
except TypeError as e:
    print("push failed:", e)
print([(p, d["name"]) for p, d in queue])
heapq.heappush(queue, (1, {"name": "a2"}))
try:
    heapq.heappop(queue)
except TypeError as e:
    print("pop failed:", e)
print([(p, d["name"]) for p, d in queue])
try:
    heapq.heapreplace(queue, (3, {"name": "r"}))
except TypeError as e:
    print("replace failed:", e)
print([(p, d["name"]) for p, d in queue])
