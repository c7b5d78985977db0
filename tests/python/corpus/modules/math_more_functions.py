# The math module's functions a learner tries: rounding, gcd/lcm, logs, trig and hyperbolic, cbrt/exp2/erf/ulp/nextafter, domain errors
import math

print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(3), type(math.floor(2.5)).__name__)
print(math.gcd(48, 18), math.gcd(0, 0), math.gcd(12, 18, 24), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))
print(math.log(8, 2), math.log2(8), math.log10(1000), math.log(math.e), math.log1p(1e-10), math.expm1(1e-10), math.exp(2))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.fsum([0.1] * 10))
print(math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.degrees(math.pi), math.radians(180), math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.atan2(1, 1))
print(math.asin(1), math.acos(0), math.atan(1), math.sinh(1), math.cosh(0), math.tanh(0.5), math.asinh(1))
print(math.pow(2, 10), 2 ** 10, math.pow(2, 0.5), 8 ** (1 / 3), math.cbrt(-8.0), math.exp2(0.5))
print(math.comb(5, 2), math.perm(5, 2), math.perm(5), math.factorial(0), math.isqrt(99), math.prod([1.5, 2]))
print(math.remainder(7, 3), math.nextafter(1, 2), math.ulp(1.0), math.erf(1), math.erfc(1), math.gamma(5))
for bad in ("math.sqrt(-1)", "math.log(-1)", "math.factorial(-1)", "math.factorial(2.5)", "math.acos(2)", "math.comb(-1, 2)"):
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)
print(round(math.pi, 3), f"{math.pi:.10f}", abs(-3), abs(-2.5), pow(2, 10, 1000), pow(3, -1, 7), divmod(17, 5))
print(sum(range(101)), sum([1.5, 2.5]), sum([[1], [2]], []), min(3, 1, 2), max("abc", key=ord), max([], default=None))
