# Newer math functions: cbrt, exp2, nextafter, ulp, isqrt, comb edge cases and the 3.12 ones missing
import math

print(math.cbrt(27), math.cbrt(-8), math.exp2(10), math.nextafter(1.0, 2.0), math.ulp(1.0))
print(math.isqrt(10 ** 20), math.comb(5, 7), math.perm(5), math.factorial(0), math.gcd(), math.lcm())
print(math.remainder(10, 3), math.fmod(10, 3), math.expm1(1e-10), math.log1p(1e-10), math.erf(1))
print(math.gamma(5), math.lgamma(10), math.tau, math.atan2(1, -1), math.asinh(1))
print(math.isfinite(1e308), math.isinf(-math.inf), math.floor(1e300) > 0, math.ceil(-0.5))
print(hasattr(math, "sumprod"), hasattr(math, "fma"))
try:
    math.factorial(5.0)
except TypeError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
print(math.sumprod([1, 2], [3, 4]))
