# Several producers, one consumer, Queue.join waits for all task_done calls
import threading, queue
q = queue.Queue()
total = 0
def consumer():
    global total
    while True:
        total += q.get()
        q.task_done()
def producer(start):
    for i in range(start, start + 100):
        q.put(i)
threading.Thread(target=consumer, daemon=True).start()
ps = [threading.Thread(target=producer, args=(s,)) for s in (0, 100, 200)]
for p in ps: p.start()
for p in ps: p.join()
q.join()
print("total", total, total == sum(range(300)))
