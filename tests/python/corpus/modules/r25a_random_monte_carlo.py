import random
import statistics

random.seed(2024)
N = 20000
inside = 0
for _ in range(N):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1:
        inside += 1
print(f"pi ~ {4 * inside / N:.4f}")
samples = [random.gauss(0, 1) for _ in range(1000)]
print(f"mean {statistics.mean(samples):.5f}")
print(f"stdev {statistics.stdev(samples):.5f}")
print(round(random.normalvariate(5, 2), 6))
print(round(random.betavariate(2, 3), 6))
