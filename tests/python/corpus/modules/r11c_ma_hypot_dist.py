import math
import random

print(math.hypot(1, 1, 1), math.hypot(3, 4), math.hypot(), math.hypot(-2.5), math.hypot(1e-5, 3.3))
print(math.hypot(*[0.1] * 10), math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(3, 4.000000000000001))
print(math.hypot(float("inf"), float("nan")), math.hypot(float("nan"), 1), math.hypot(-0.0, 0.0))
print(math.dist((1, 2, 3), (4, 5, 6)), math.dist([1.5, 2.25, -3.0], (0.1, 0.2, 0.3)), math.dist((), ()))
points = [(0, 0), (3, 4), (6, 8), (1.1, 2.2)]
print([round(math.dist(p, q), 12) for p in points for q in points if p < q])
random.seed(11)
lines = []
for exp in (-1074, -1060, -1030, -1022, -600, -3, 0, 1, 52, 700, 1000):
    xs = [random.uniform(-1, 1) * math.ldexp(1.0, exp) for _ in range(random.choice([2, 3, 5]))]
    ys = [random.uniform(-1, 1) * math.ldexp(1.0, exp) for _ in xs]
    lines.append(f"{exp:>6} {math.hypot(*xs).hex():>24} {math.dist(xs, ys).hex():>24}")
print("\n".join(lines))
errs = 0
for _ in range(2000):
    n = random.randint(2, 6)
    xs = [random.uniform(-1e3, 1e3) for _ in range(n)]
    h = math.hypot(*xs)
    if h != math.hypot(*reversed(xs)):
        errs += 1
print("order-independent:", errs == 0, round(h, 6))
for bad in [("a", 1), ((1, 2), (1,)), ([1], "ab")]:
    try:
        print(math.hypot(*bad) if isinstance(bad[0], str) else math.dist(*bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
