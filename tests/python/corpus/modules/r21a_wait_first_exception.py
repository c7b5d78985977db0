# wait(return_when=FIRST_EXCEPTION) returns when a job raises
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION
import time
def job(d, fail=False):
    time.sleep(d)
    if fail:
        raise RuntimeError(f"failed after {d}")
    return d
with ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(job, 0.1), ex.submit(job, 0.2, True), ex.submit(job, 0.5)]
    done, pending = wait(fs, return_when=FIRST_EXCEPTION)
    print(len(done), len(pending))
    for f in sorted(done, key=fs.index):
        print(f.exception() or f.result())
