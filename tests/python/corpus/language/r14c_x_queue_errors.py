# queue's Empty and Full: non-blocking calls, a timeout that runs out, task_done too often, an uncaught Empty.
import queue
import time

q = queue.Queue(maxsize=2)
q.put_nowait("a")
q.put("b", timeout=1)
print(q.full(), q.qsize(), q.maxsize)
try:
    q.put("c", block=False)
except queue.Full:
    print("Full: no room for c")
start = time.monotonic()
try:
    q.put("c", timeout=0.3)
except queue.Full:
    print("Full after waiting", round(time.monotonic() - start, 1) >= 0.3)
print(q.get(), q.get_nowait(), q.empty())
for _ in range(2):
    q.task_done()
q.join()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    q.get(timeout=0.2)
except queue.Empty as e:
    print("Empty:", repr(e), type(e).__module__)
sq = queue.SimpleQueue()
sq.put(1)
print(sq.get(), sq.empty())
print("last get:")
sq.get_nowait()
