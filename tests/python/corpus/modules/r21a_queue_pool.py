# queue.Queue worker pool with task_done and join
import threading, queue
q = queue.Queue()
results = []
lock = threading.Lock()
def worker():
    while True:
        item = q.get()
        with lock:
            results.append(item * item)
        q.task_done()
for _ in range(3):
    threading.Thread(target=worker, daemon=True).start()
for i in range(10):
    q.put(i)
q.join()
print(sorted(results))
print("unfinished:", q.unfinished_tasks, "empty:", q.empty())
