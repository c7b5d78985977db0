# Default ThreadPoolExecutor thread names count executors and workers
from concurrent.futures import ThreadPoolExecutor
import threading, time
def who(_):
    time.sleep(0.05)
    return threading.current_thread().name
with ThreadPoolExecutor(max_workers=2) as ex:
    print(sorted(set(ex.map(who, range(4)))))
with ThreadPoolExecutor(max_workers=1) as ex:
    print(ex.submit(who, 0).result())
print(threading.Timer(1, print).name.startswith("Thread-"))
