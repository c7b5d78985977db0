# Semaphore limits the number of concurrent workers; track max active
import threading, time
sem = threading.Semaphore(2)
lock = threading.Lock()
active = 0
peak = 0
def worker(i):
    global active, peak
    with sem:
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.1)
        with lock:
            active -= 1
t0 = time.monotonic()
ts = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("peak:", peak)
print("about", round(time.monotonic() - t0, 1), "seconds")
