# Race: check-then-act on a shared list without a lock gives duplicates
import threading, time
seen = []
def add_once(x):
    if x not in seen:
        time.sleep(0.1)
        seen.append(x)
ts = [threading.Thread(target=add_once, args=("job",)) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("without lock:", seen)
seen.clear()
lock = threading.Lock()
def add_once_locked(x):
    with lock:
        if x not in seen:
            time.sleep(0.1)
            seen.append(x)
ts = [threading.Thread(target=add_once_locked, args=("job",)) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("with lock:", seen)
