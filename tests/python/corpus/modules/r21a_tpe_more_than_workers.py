# More jobs than workers: run in waves
from concurrent.futures import ThreadPoolExecutor
import time, threading
active = 0
peak = 0
lock = threading.Lock()
def job(i):
    global active, peak
    with lock:
        active += 1; peak = max(peak, active)
    time.sleep(0.1)
    with lock:
        active -= 1
    return i
t0 = time.monotonic()
with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(job, range(6))))
print("peak:", peak, "about", round(time.monotonic() - t0, 1))
