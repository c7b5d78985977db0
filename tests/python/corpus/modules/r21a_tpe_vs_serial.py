# Timing: serial sleeps vs ThreadPoolExecutor sleeps
from concurrent.futures import ThreadPoolExecutor
import time
def io_job(n):
    time.sleep(0.2)
    return n
t0 = time.perf_counter()
serial = [io_job(i) for i in range(4)]
t_serial = time.perf_counter() - t0
t0 = time.perf_counter()
with ThreadPoolExecutor(4) as ex:
    pooled = list(ex.map(io_job, range(4)))
t_pool = time.perf_counter() - t0
print(serial == pooled)
print("serial ~", round(t_serial, 1), "pool ~", round(t_pool, 1))
print("pool faster:", t_pool < t_serial / 2)
