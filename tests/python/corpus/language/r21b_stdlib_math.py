# tutorial 10.6: math module tour
import math
print(math.cos(math.pi / 4))
print(math.log(1024, 2))
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7))
print(math.factorial(20), math.gcd(48, 18), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.degrees(math.pi), math.radians(180))
print(math.log10(1000), math.log2(8), math.exp(1), math.pow(2, 10), math.prod([1, 2, 3, 4]))
print(math.isqrt(99), math.copysign(3, -0.0), math.fabs(-3), math.modf(3.75), math.frexp(8.0))
print(math.sqrt(-1))
