# Comparing factorial implementations with timeit (only deterministic facts are printed).
import math
import timeit
from functools import reduce
import operator

def loop(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def rec(n):
    return 1 if n < 2 else n * rec(n - 1)

def red(n):
    return reduce(operator.mul, range(1, n + 1), 1)

impls = {"loop": loop, "rec": rec, "reduce": red, "math": math.factorial}
for name, fn in impls.items():
    assert fn(50) == math.factorial(50), name
    t = timeit.timeit(lambda: fn(50), number=200)
    t2 = timeit.timeit("fn(20)", globals={"fn": fn}, number=100)
    times = timeit.repeat("f(10)", setup="from math import factorial as f", repeat=3, number=50)
    print(f"{name:>6}: {type(t).__name__} {t > 0} {t2 >= 0} {len(times)}")
print(timeit.default_timer is __import__("time").perf_counter)
