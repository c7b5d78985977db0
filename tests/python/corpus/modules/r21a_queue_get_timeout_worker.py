# Worker stops when get(timeout=...) raises Empty
import threading, queue, time
q = queue.Queue()
handled = []
def worker():
    while True:
        try:
            item = q.get(timeout=0.2)
        except queue.Empty:
            print("worker idle, stopping; handled", handled)
            return
        handled.append(item)
t = threading.Thread(target=worker)
t.start()
for i in range(3):
    q.put(i)
    time.sleep(0.05)
t.join()
print("joined")
