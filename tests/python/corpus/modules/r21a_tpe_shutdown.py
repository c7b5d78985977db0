# submit after shutdown raises RuntimeError; shutdown(wait=True) waits
from concurrent.futures import ThreadPoolExecutor
import time
ex = ThreadPoolExecutor(max_workers=2)
f = ex.submit(time.sleep, 0.2)
ex.shutdown(wait=True)
print("done after shutdown:", f.done())
try:
    ex.submit(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
