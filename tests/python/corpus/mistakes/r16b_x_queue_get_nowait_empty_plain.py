# queue.Queue's get_nowait when empty
import queue
q = queue.Queue()
q.put(1)
print(q.get())
print(q.get_nowait())
