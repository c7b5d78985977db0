# shutdown(wait=False) returns at once; running jobs still complete
from concurrent.futures import ThreadPoolExecutor
import time
ex = ThreadPoolExecutor(2)
fs = [ex.submit(time.sleep, 0.2) for _ in range(2)]
t0 = time.monotonic()
ex.shutdown(wait=False)
print("shutdown returned after about", round(time.monotonic() - t0, 1))
print([f.result() for f in fs], round(time.monotonic() - t0, 1))
