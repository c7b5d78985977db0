# ThreadPoolExecutor.submit with result() and with-block shutdown
from concurrent.futures import ThreadPoolExecutor
import time
def square(n):
    time.sleep(0.05)
    return n * n
with ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(square, i) for i in range(6)]
    print([f.result() for f in futs])
print(all(f.done() for f in futs))
print(futs[0].cancelled(), futs[0].running(), futs[0].exception())
