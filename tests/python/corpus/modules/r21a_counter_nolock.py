# Shared counter with a Lock gives the exact total
import threading
counter = 0
lock = threading.Lock()
def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
ts = [threading.Thread(target=add, args=(20000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("counter:", counter)
print("locked now?", lock.locked())
