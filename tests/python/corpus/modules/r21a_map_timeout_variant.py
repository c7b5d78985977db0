# Executor.map timeouts: the first result in time, the slow second one too late
from concurrent.futures import ThreadPoolExecutor
import time
def nap(d):
    time.sleep(d)
    return d
with ThreadPoolExecutor(2) as ex:
    it = ex.map(nap, [0.1, 0.8], timeout=0.4)
    print(next(it))
    try:
        next(it)
    except TimeoutError:
        print("second timed out")
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(nap, 0.1)
    g = ex.submit(nap, 0.5)
    print(f.result(timeout=0.3))
    try:
        g.result(timeout=0.1)
    except TimeoutError:
        print("g timed out")
