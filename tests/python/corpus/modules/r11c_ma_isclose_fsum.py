import math

print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
print(math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9))
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
vals = [0.1] * 10
print(sum(vals), math.fsum(vals))
print(sum([1e100, 1.0, -1e100, 1.0]), math.fsum([1e100, 1.0, -1e100, 1.0]))
print(math.fsum([]), math.fsum([0.5, 0.25]), math.fsum(range(5)))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
print(math.inf > 10**400, -math.inf < -1e308, math.inf - math.inf)
print(math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1e308))
print(math.nan == math.nan, math.nan != math.nan, float("nan") in [float("nan")])
n = math.nan
print(n in [n], max(1, n), max(n, 1))
print(math.copysign(1, -0.0), math.fabs(-3), math.fmod(-7, 3), -7 % 3)
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
