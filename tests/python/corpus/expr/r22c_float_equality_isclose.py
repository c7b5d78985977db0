# comparing floats: ==, tolerances and math.isclose
import math
a = 0.1 + 0.2
b = 0.3
print(a == b, a - b, abs(a - b) < 1e-9, math.isclose(a, b), round(a, 10) == round(b, 10))
print(math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01))
print(math.isclose(float("inf"), float("inf")), math.isclose(float("nan"), float("nan")), math.isclose(-0.0, 0.0))
total = 0.0
for i in range(10):
    total += 0.1
    print(i, total, f"{total:.2f}", total == (i + 1) / 10)
print(math.fsum([0.1] * 10) == 1.0, sum([0.1] * 10) == 1.0, 0.1 * 10 == 1.0, 1 - 0.9, 1.1 - 1.0)
print(0.5 + 0.25 == 0.75, 1e16 + 1 == 1e16, 2 ** 53 + 1.0 == 2 ** 53, (0.1).hex(), (0.3).hex())
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
