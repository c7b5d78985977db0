# Estimating pi with a seeded Monte Carlo simulation and a Random instance of its own.
import random
import math

rng = random.Random(12345)
for n in [100, 1000, 10000, 100000]:
    inside = sum(1 for _ in range(n) if rng.random() ** 2 + rng.random() ** 2 <= 1)
    est = 4 * inside / n
    print(f"{n:>6} {est:.5f} error {abs(est - math.pi):.5f}")
random.seed(0)
print(random.random(), random.randint(1, 10), random.randrange(0, 100, 5))
print(random.gauss(0, 1), random.choices("abc", weights=[5, 1, 1], k=8))
needle_hits = 0
for _ in range(20000):
    x = random.uniform(0, 0.5)
    theta = random.uniform(0, math.pi / 2)
    if x <= 0.5 * math.sin(theta):
        needle_hits += 1
print("buffon:", round(20000 / needle_hits, 4))
