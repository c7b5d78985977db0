import math

print(math.gcd(48, 180), math.gcd(0, 5), math.gcd(), math.gcd(12, 18, 30))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 5))
print(math.isqrt(99), math.isqrt(100), math.isqrt(10**30))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 6), start=2), math.prod([0.5, 4]))
print(math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(5))
print(math.factorial(20), len(str(math.factorial(100))))
for bad in [lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.factorial(-3), lambda: math.gcd(1.5, 2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def is_prime(n):
    return n > 1 and all(n % p for p in range(2, math.isqrt(n) + 1))
print([n for n in range(50) if is_prime(n)])
def simplify(a, b):
    g = math.gcd(a, b)
    return a // g, b // g
print(simplify(84, 126), simplify(-6, 4))
