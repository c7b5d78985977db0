# PriorityQueue with equal priorities and uncomparable payloads
import queue
from dataclasses import dataclass, field
pq = queue.PriorityQueue()
pq.put((1, {"job": "a"}))
try:
    pq.put((1, {"job": "b"}))
except TypeError as e:
    print("TypeError:", e)
@dataclass(order=True)
class Job:
    priority: int
    payload: dict = field(compare=False)
pq2 = queue.PriorityQueue()
for p, name in [(2, "b"), (1, "a"), (2, "c")]:
    pq2.put(Job(p, {"name": name}))
while not pq2.empty():
    j = pq2.get()
    print(j.priority, j.payload["name"])
