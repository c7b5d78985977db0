# math functions a learner looks up: sqrt, floor, ceil, pi, trig, log, factorial, comb
import math

print(math.sqrt(16), math.sqrt(2), math.pi, math.e)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5))
print(math.factorial(10), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(round(math.sin(math.pi / 6), 10), round(math.cos(0), 3), math.degrees(math.pi), math.radians(180))
print(math.log(math.e), math.log10(1000), math.log2(1024), math.log(8, 2))
print(math.hypot(3, 4), math.dist((0, 0), (6, 8)), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isinf(float('inf')), math.isnan(float('nan')), math.inf > 10 ** 100)
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(-7, 3), -7 % 3)
print(math.sqrt(-1))
