# shutdown(cancel_futures=True) cancels jobs not yet started
from concurrent.futures import ThreadPoolExecutor
import time
ex = ThreadPoolExecutor(max_workers=1)
fs = [ex.submit(time.sleep, 0.2) for _ in range(4)]
time.sleep(0.05)
ex.shutdown(wait=True, cancel_futures=True)
print([f.cancelled() for f in fs])
print([f.done() for f in fs])
try:
    fs[1].result()
except Exception as e:
    print(type(e).__name__, type(e).__module__)
