# math functions and the errors they raise
import math
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.floor(2.0), type(math.floor(2.0)).__name__, math.ceil(1e-300), int(-2.9), round(-2.9))
print(math.pi, math.e, math.tau, round(math.sin(math.pi), 10), math.cos(0), math.degrees(math.pi))
print(math.log(100, 10), math.log10(1000), math.log2(1024), math.log(math.e), math.exp(1))
print(math.gcd(12, 18), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.factorial(20))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.hypot(3, 4))
print(math.copysign(1, -0.0), math.fabs(-3), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3))
print(math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
for expr in ["math.sqrt(-1)", "math.log(0)", "math.log(-5)", "math.exp(1000)", "math.factorial(-1)",
             "math.factorial(2.5)", "math.acos(2)", "math.isqrt(-4)", "math.pow(10, 400)", "math.comb(3, -1)",
             "math.floor(float('inf'))", "math.ceil(float('nan'))", "math.log('e')", "math.fmod(1, 0)"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
math.sqrt(-4)
