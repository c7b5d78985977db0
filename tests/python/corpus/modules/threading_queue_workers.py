# queue.Queue between worker threads and the main thread
import threading, queue, time
q = queue.Queue()
out = queue.Queue()
def worker(i):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        time.sleep(0.01 * item)
        out.put(item * 2)
        q.task_done()
ws = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for w in ws: w.start()
for n in [5, 1, 3, 2]: q.put(n)
q.join()
res = []
while not out.empty(): res.append(out.get())
print(sorted(res))
for w in ws: q.put(None)
for w in ws: w.join()
print("all done", threading.active_count())
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("empty")
