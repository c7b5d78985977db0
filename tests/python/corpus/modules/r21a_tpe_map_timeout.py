# Executor.map with timeout raises TimeoutError while iterating
from concurrent.futures import ThreadPoolExecutor
import concurrent.futures, time
def nap(d):
    time.sleep(d)
    return d
with ThreadPoolExecutor(2) as ex:
    it = ex.map(nap, [0.1, 0.5], timeout=0.2)
    print(next(it))
    try:
        print(next(it))
    except concurrent.futures.TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError, repr(e))
print("with-block waited for the slow job")
