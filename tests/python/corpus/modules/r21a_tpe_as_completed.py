# as_completed yields futures in completion order
from concurrent.futures import ThreadPoolExecutor, as_completed
import time
def job(name, d):
    time.sleep(d)
    return name
with ThreadPoolExecutor(max_workers=4) as ex:
    futs = {ex.submit(job, n, d): n for n, d in [("slow", 0.4), ("fast", 0.1), ("mid", 0.25)]}
    for f in as_completed(futs):
        print("completed", f.result(), "key", futs[f])
