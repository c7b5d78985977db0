# LifoQueue, PriorityQueue and SimpleQueue order
import queue
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
sq = queue.SimpleQueue()
for x in [3, 1, 2]:
    lq.put(x); pq.put((x, f"job{x}")); sq.put(x)
print([lq.get() for _ in range(3)])
print([pq.get() for _ in range(3)])
print([sq.get() for _ in range(3)], sq.empty(), sq.qsize())
try:
    sq.get(timeout=0.05)
except queue.Empty:
    print("SimpleQueue empty")
print(issubclass(queue.LifoQueue, queue.Queue), queue.Empty.__name__)
