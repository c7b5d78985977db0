# time: sleep blocks; time, monotonic and perf_counter move forward (only differences are printed).
import time
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.2)
elapsed = time.monotonic() - m0
print('slept at least 0.2 s:', elapsed >= 0.2, '| under 1 s:', elapsed < 1)
print('perf_counter agrees:', 0.19 < time.perf_counter() - p0 < 1)
print('time.time moved:', 0.1 < time.time() - t0 < 5)
print(type(time.time()).__name__, type(time.monotonic()).__name__, time.time() > 1.6e9)
start = time.perf_counter()
total = sum(range(1000))
print(total, time.perf_counter() >= start)
time.sleep(0)
print('done')
