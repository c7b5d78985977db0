# The queue module's Queue, LifoQueue and PriorityQueue used from a single thread.
import queue

fifo = queue.Queue(maxsize=2)
fifo.put("a")
fifo.put("b")
print(fifo.full(), fifo.qsize())
try:
    fifo.put("c", block=False)
except queue.Full:
    print("Full raised")
print(fifo.get(), fifo.get(), fifo.empty())
fifo.task_done()
fifo.task_done()
try:
    fifo.get_nowait()
except queue.Empty:
    print("Empty raised")
try:
    fifo.get(timeout=0.05)
except queue.Empty:
    print("Empty after timeout")
stack = queue.LifoQueue()
for x in range(3):
    stack.put(x)
print([stack.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    pq.put(item)
print([pq.get()[1] for _ in range(pq.qsize())])
sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.get(), sq.qsize(), sq.empty())
fifo.put("x")
fifo.get()
fifo.task_done()
fifo.join()
print("joined")
try:
    fifo.task_done()
except ValueError as e:
    print("ValueError:", e)
print(issubclass(queue.Empty, Exception), queue.Queue().maxsize)
