# pure computation: sum of squares to 10**6, and factorial(2000) by a loop
import time

t0 = time.perf_counter()
s = sum(i * i for i in range(10 ** 6))
t1 = time.perf_counter()
for _ in range(10):
    r = 1
    for i in range(2, 2001):
        r *= i
t2 = time.perf_counter()
assert s == 333332833333500000
assert r.bit_length() == 19053
print(f"RESULT sum_ms={(t1 - t0) * 1e3:.1f} factorial_ms={(t2 - t1) * 1e3 / 10:.2f}")
