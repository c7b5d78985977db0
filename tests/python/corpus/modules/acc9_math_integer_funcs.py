# math.factorial, comb, perm, isqrt, gcd, lcm, prod, fsum, isclose, their edge cases and errors.
import math
print([math.factorial(n) for n in range(8)], len(str(math.factorial(1000))), math.factorial(True))
print(math.comb(5, 0), math.comb(5, 6), math.comb(100, 50), math.perm(5, 0), math.perm(5, 6), math.perm(10))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(2**100), math.isqrt(10**41))
print(math.gcd(0, 5), math.gcd(2**64, 2**40 * 3), math.lcm(0, 5), math.lcm(-4, 6), math.gcd(7), math.lcm(7))
print(math.prod([1, 2, 3], start=0.5), math.prod(iter([])), math.prod(["ab"] * 1), math.prod([2] * 70))
print(math.fsum([1e308, -1e308, 1.0]), math.fsum([0.1, 0.2, 0.3]), math.fsum([]), math.fsum(range(5)))
print(math.isclose(1, 1 + 1e-10), math.isclose(1e-12, 0), math.isclose(float("inf"), float("inf")), math.isclose(float("nan"), float("nan")))
for fn, args in [(math.factorial, (-1,)), (math.factorial, (1.5,)), (math.comb, (3, -1)), (math.isqrt, (2.0,)),
                 (math.gcd, (1.5, 2)), (math.isclose, (1, 2, -1.0)), (math.fsum, ([float("inf"), -float("inf")],)),
                 (math.perm, (-2,)), (math.prod, (5,))]:
    try:
        print(fn(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(f"{fn.__name__}{args}: {type(e).__name__}: {e}")
