# time's _ns counters: ints of nanoseconds on the same clocks as
# monotonic() and perf_counter() (AttributeError before); a sleep
# moves them by at least its length.
import time

for name in ['monotonic_ns', 'perf_counter_ns', 'time_ns']:
    value = getattr(time, name)()
    print(name, type(value).__name__, value >= 0)

t0 = time.monotonic_ns()
p0 = time.perf_counter_ns()
time.sleep(0.25)
dt = time.monotonic_ns() - t0
dp = time.perf_counter_ns() - p0
print('monotonic_ns moved 0.25 s:', 250_000_000 <= dt < 2_000_000_000)
print('perf_counter_ns moved 0.25 s:', 250_000_000 <= dp < 2_000_000_000)
print(abs(time.monotonic_ns() / 1e9 - time.monotonic()) < 0.5)
w0 = time.time_ns()
time.sleep(0.5)
print('time_ns moved 0.5 s:', 500_000_000 <= time.time_ns() - w0 < 3_000_000_000)
