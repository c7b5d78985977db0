import math
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.pi, math.e, math.tau)
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.7), math.trunc(-2.7), round(-2.7))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 30), math.lcm(4, 6), math.lcm(4, 6, 10))
print(math.factorial(10), math.comb(10, 3), math.perm(5, 2), math.perm(5))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.degrees(math.pi), math.radians(180))
print(round(math.sin(math.pi / 6), 10), math.cos(0), math.atan2(1, 1), math.prod([1, 2, 3, 4]))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.fabs(-3), math.copysign(3, -0.0))
print(math.fmod(-7, 3), -7 % 3, math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.inf, -math.inf, math.nan, math.exp(1) == math.e, math.pow(2, 10))
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.factorial, -1), (math.factorial, 2.5), (math.acos, 2)]:
    try:
        f(arg)
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
math.sqrt("4")
