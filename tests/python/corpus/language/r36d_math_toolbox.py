# A tour of the math module functions course exercises reach for.
import math

print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.factorial(10))
print(math.gcd(12, 18, 30), math.lcm(4, 6, 10), math.gcd(), math.isqrt(99))
print(math.prod([1, 2, 3, 4]), math.prod([], start=5), math.prod([0.5, 4]))
print(math.dist((0, 0), (3, 4)), math.hypot(1, 2, 2), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9))
print(math.copysign(3, -0.0), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.25))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), round(3.5))
print(math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(0), math.exp(0))
print(math.degrees(math.pi), round(math.radians(180), 10), math.atan2(1, 1) * 4)
print(math.inf > 1e308, -math.inf, math.isnan(math.nan), math.nan == math.nan, math.isfinite(1e308))
print(math.sqrt(2) ** 2, math.cbrt(27) if hasattr(math, "cbrt") else "cbrt 3.11", math.pow(2, 0.5))
print(math.remainder(10, 3), math.fmod(-10, 3), -10 % 3, math.nextafter(1.0, 2.0), math.ulp(1.0))
print(math.tau, math.e, math.pi)
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)):
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
