# Worker pool stopped with None sentinels, one per worker
import threading, queue
q = queue.Queue()
done = queue.Queue()
def worker(wid):
    count = 0
    while (item := q.get()) is not None:
        count += item
    done.put((wid, count))
ws = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for w in ws: w.start()
for i in range(1, 31):
    q.put(i)
for _ in ws:
    q.put(None)
for w in ws: w.join()
totals = [done.get() for _ in ws]
print(sum(c for _, c in totals), sorted(w for w, _ in totals))
print(q.qsize(), done.empty())
