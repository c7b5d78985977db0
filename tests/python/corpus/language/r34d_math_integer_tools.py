# Integer maths a course covers: isqrt, comb, perm, gcd/lcm of many, factorial, prod
import math

print([math.isqrt(n) for n in (0, 1, 15, 16, 10**20 + 1)])
print(math.comb(52, 5), math.perm(5), math.perm(10, 3))
print(math.gcd(12, 18, 30), math.lcm(4, 6, 10), math.gcd(), math.lcm())
print(math.factorial(20), math.prod(range(1, 6), start=2))
print(math.dist((0, 0), (3, 4)), math.hypot(1, 2, 2))
print(math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3))
print(math.nextafter(1.0, 2.0), math.ulp(1.0))
print(math.trunc(-2.7), math.floor(-2.7), math.ceil(-2.2), math.modf(-2.5))
print(math.frexp(12.0), math.ldexp(0.75, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0, abs_tol=1e-9))
print(math.log(1024, 2), math.log2(1024), math.log10(0.001), math.log1p(0))
print(math.cbrt(27) if hasattr(math, "cbrt") else None, math.exp2(10))
try:
    math.comb(5, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(3.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
