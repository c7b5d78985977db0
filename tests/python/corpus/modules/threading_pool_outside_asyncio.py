# ThreadPoolExecutor outside asyncio: submit, map, wait, as_completed, exceptions
from concurrent.futures import ThreadPoolExecutor, wait, as_completed, FIRST_COMPLETED
import time, threading
def job(n):
    time.sleep(0.1 * n)
    if n == 3: raise ValueError(n)
    return n * n
with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(job, n) for n in (4, 1, 2)]
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print(sorted(f.result() for f in done), len(not_done))
    print([f.result() for f in as_completed(fs)])
    print(list(ex.map(job, [2, 1])))
    f = ex.submit(job, 3)
    print(type(f.exception()).__name__, f.exception())
    try:
        f.result()
    except ValueError as e:
        print("raised", e)
    print(wait([ex.submit(job, 1)]).done.pop().result())
ex = ThreadPoolExecutor(2, thread_name_prefix="w")
f = ex.submit(lambda: threading.current_thread().name)
print(f.result())
ex.shutdown()
