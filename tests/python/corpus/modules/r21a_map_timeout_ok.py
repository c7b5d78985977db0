# Executor.map with a generous timeout: every result arrives in time
from concurrent.futures import ThreadPoolExecutor
import time
def nap(d):
    time.sleep(d)
    return d * 10
with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(nap, [0.1, 0.2], timeout=1)))
with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(nap, [0.2, 0.1], timeout=5.0)))
print("done")
