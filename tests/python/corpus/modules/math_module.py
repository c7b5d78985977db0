# The math module.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.pow(2, 10), math.exp(1), math.log(math.e))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.log(100))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), type(math.floor(1.5)).__name__)
print(math.factorial(20), math.factorial(0), math.gcd(12, 18), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), round(math.tan(math.pi / 4), 10), math.atan2(1, 1))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
print(math.fabs(-3), math.fmod(7, 3), math.copysign(2, -0.0), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1.0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]))
print(len(str(math.factorial(100))), math.factorial(25) // math.factorial(23))
try:
    math.sqrt(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    math.factorial(-1)
except ValueError as e:
    print('ValueError:', e)
