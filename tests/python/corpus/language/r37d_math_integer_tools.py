# Integer maths from a number theory lesson: comb, perm, isqrt, gcd/lcm of many, factorial digits.
import math

print([math.comb(6, k) for k in range(7)])
print(math.perm(5), math.perm(5, 2), math.comb(5, 7), math.perm(3, 5))
print(math.isqrt(99), math.isqrt(10**20 + 1), math.isqrt(0))
print(math.gcd(), math.gcd(12), math.gcd(12, 18, 30), math.lcm(4, 6, 10), math.lcm())
print(math.prod(range(1, 11)), math.prod([]), math.prod([2, 3], start=10))
print(len(str(math.factorial(100))), sum(map(int, str(math.factorial(50)))))
def is_square(n):
    r = math.isqrt(n)
    return r * r == n
print([n for n in range(50) if is_square(n)])
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.dist((0, 0), (3, 4)), math.hypot(1, 2, 2), math.copysign(3, -0.0))
print(math.remainder(10, 3), math.fmod(-10, 3), -10 % 3, math.trunc(-2.7), math.floor(-2.5), math.ceil(-2.5))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.log2(1024), math.log(8, 2), math.log10(0.001))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0, abs_tol=1e-9), math.inf > 10**400)
for bad in ((-1,), (2.5,)):
    try:
        math.factorial(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
math.comb(-1, 2)
