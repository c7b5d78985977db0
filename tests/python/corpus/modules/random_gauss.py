# random.gauss() with a seed gives CPython's exact sequence (two values per pair of random() calls).
import random

random.seed(2024)
print([round(random.gauss(0, 1), 10) for _ in range(5)])
print(round(random.gauss(mu=100, sigma=15), 10), round(random.random(), 10), round(random.gauss(), 10))
random.seed(2024)
print(round(random.gauss(0, 1), 10))
random.seed(7)
heights = [round(random.gauss(170, 8), 1) for _ in range(10)]
print(heights)
print('mean', round(sum(heights) / len(heights), 2), 'max', max(heights))
random.seed(1)
delays = [max(0.0, round(random.gauss(0.2, 0.05), 3)) for _ in range(6)]
print(delays)
