# The math module: rounding functions, gcd/lcm, isclose, comb/perm, factorial, logs, constants
import math

print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(-2.5), round(2.675, 2))
print(math.gcd(48, 18), math.gcd(0, 0), math.lcm(4, 6, 10), math.gcd(12, 18, 27))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1, 1.001, rel_tol=1e-2))
print(math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.prod([1, 2, 3, 4]))
print(math.sqrt(2), math.isqrt(99), math.hypot(3, 4, 12), math.dist((0, 0), (1, 1)))
print(math.log(math.e), math.log10(1000), math.log2(1024), math.log(8, 2), math.exp(1))
print(math.pi, math.tau, math.inf, -math.inf, math.nan, math.isnan(math.nan))
print(math.degrees(math.pi / 2), math.radians(180), round(math.sin(math.pi / 6), 10))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.copysign(3, -0.0), math.fabs(-4))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.remainder(10, 3))
print(math.pow(2, 0.5), 2 ** -1, (-8) ** (1 / 3) if False else "skip", math.atan2(1, -1))
print(math.sqrt(-1))
