# divmod on negatives and floats, pow with three arguments, abs, math's integer helpers.
import math
pairs = [(17, 5), (-17, 5), (17, -5), (-17, -5), (5, 17), (-5, 17), (0, -1)]
print([divmod(a, b) for a, b in pairs])
print([(a // b, a % b, math.fmod(a, b), math.remainder(a, b)) for a, b in pairs[:4]])
print(divmod(7.5, -2), divmod(-7.5, 2), divmod(-1e-20, 1), -7 // 2.0, 7 % -3.0, -0.0 % 5)
print(pow(3, 4), pow(3, -1), pow(3, 4, 5), pow(-3, 3, 5), pow(3, -1, 7), pow(2, 100, 10**9), pow(0, 0))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
print(math.gcd(48, 18, 30), math.lcm(4, 6, 9), math.isqrt(99), math.isqrt(100), math.comb(10, 3), math.perm(5))
print(math.prod(range(1, 11)), math.factorial(20), math.fsum([0.1] * 3), math.isclose(0.1 * 3, 0.3))
print(abs(-5), abs(-5.5), abs(3 + 4j), (-7).__abs__(), (7).__neg__(), ~7, -~7, (-7) >> 1, -7 << 2)
print(math.floor(7 / 2), math.ceil(-7 / 2), round(-7 / 2), int(-7 / 2), -7 // 2, math.trunc(-3.9))
print(math.dist((0, 0), (3, 4)), math.hypot(1, 1, 1), math.sumprod([1, 2], [3, 4]) if hasattr(math, "sumprod") else "no sumprod")
