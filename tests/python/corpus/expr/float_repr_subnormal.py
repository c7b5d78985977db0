# Float repr of subnormal numbers: the shortest digits that round-trip, as CPython.
import random
random.seed(5)
bad = 0
for i in range(3000):
    x = random.random() * 10 ** random.randint(-325, -300)
    if float(repr(x)) != x:
        bad += 1
xs = [5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308, 1e-310, 4.9406564584124654e-324, 1.5e-323, 3e-320, -7e-315]
print(xs, bad)
print([repr(random.random() * 1e-310) for _ in range(8)])
