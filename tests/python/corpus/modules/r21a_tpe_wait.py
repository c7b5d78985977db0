# concurrent.futures.wait with FIRST_COMPLETED and ALL_COMPLETED
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, ALL_COMPLETED
import time
def job(d):
    time.sleep(d)
    return d
with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(job, d) for d in (0.1, 0.3, 0.5)]
    done, pending = wait(fs, return_when=FIRST_COMPLETED)
    print(len(done), len(pending), [f.result() for f in done])
    done, pending = wait(fs, timeout=0.35)
    print(len(done), len(pending))
    done, pending = wait(fs, return_when=ALL_COMPLETED)
    print(sorted(f.result() for f in done), pending)
