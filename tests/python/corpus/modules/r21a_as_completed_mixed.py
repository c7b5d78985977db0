# as_completed yields already-finished futures first
from concurrent.futures import ThreadPoolExecutor, as_completed, Future
import time
done_f = Future(); done_f.set_result("ready")
with ThreadPoolExecutor(2) as ex:
    slow = ex.submit(lambda: (time.sleep(0.2), "slow")[1])
    fast = ex.submit(lambda: (time.sleep(0.1), "fast")[1])
    print([f.result() for f in as_completed([slow, fast, done_f])])
    print(sorted(f.result() for f in as_completed([slow, slow, done_f])))
