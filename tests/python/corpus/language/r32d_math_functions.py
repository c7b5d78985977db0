# math functions a course shows: rounding, gcd, factorial, isclose, comb, logs and trig
import math

print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5), round(-0.5))
print(math.gcd(48, 180), math.lcm(4, 6, 10), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1, 1.01, rel_tol=0.02))
print(math.sqrt(2), math.isqrt(99), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.sin(math.pi / 6), math.cos(0), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4, 12), math.dist((0, 0), (1, 1)), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
print(math.inf > 10**300, math.isnan(math.nan), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3)
print(math.modf(3.75), math.frexp(8), math.ldexp(0.5, 4), math.exp(1) == math.e)
print(round(123.456, -1), round(123.456, 2), round(1.005, 2), math.pow(2, 0.5))
print(divmod(-7, 2), (-7) // 2, 7 // -2.0, pow(3, -1, 7), 2 ** -1)
math.sqrt(-1)
