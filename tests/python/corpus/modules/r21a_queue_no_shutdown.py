# queue.Queue has no shutdown() in 3.11; learners use a sentinel object
import queue
q = queue.Queue()
print(hasattr(q, "shutdown"))
try:
    q.shutdown()
except AttributeError as e:
    print("AttributeError:", e)
STOP = object()
q.put(1); q.put(STOP)
while (x := q.get()) is not STOP:
    print("item", x)
print("stopped")
