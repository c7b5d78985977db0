# Queue Empty/Full exceptions, maxsize, get_nowait/put_nowait, task_done misuse
import queue
q = queue.Queue(maxsize=2)
q.put(1); q.put_nowait(2)
print(q.full(), q.qsize())
try:
    q.put(3, timeout=0.1)
except queue.Full:
    print("Full")
try:
    q.put_nowait(3)
except queue.Full as e:
    print("Full again", repr(e))
print(q.get(), q.get_nowait())
try:
    q.get(block=False)
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.1)
except queue.Empty:
    print("Empty after timeout")
q.task_done(); q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
