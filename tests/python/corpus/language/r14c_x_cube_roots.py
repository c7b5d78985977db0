# Cube roots with math.cbrt against ** (1/3), and a check of which integers are perfect cubes.
import math

for n in [8, 27, 64, 125, 1000, 2, 10, -27, 0.001]:
    print(f"{n:>6} cbrt={math.cbrt(n)!r:<22} pow={abs(n) ** (1 / 3)!r}")
cubes = [n for n in range(1, 2000) if round(math.cbrt(n)) ** 3 == n]
print(cubes)
print([n for n in range(1, 200) if math.cbrt(n) == int(math.cbrt(n))])
print(math.cbrt(3.375), math.cbrt(1e-300), math.cbrt(-0.0), math.cbrt(float("inf")))
