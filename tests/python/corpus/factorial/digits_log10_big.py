# 1000!: digits, digit sum, trailing zeros, math.log/log2/log10 of an int beyond float range, comb/perm, float overflow
import math

n = 1000
f = math.factorial(n)
s = str(f)
print("digits:", len(s))
print("digit sum:", sum(map(int, s)))
print("trailing zeros:", len(s) - len(s.rstrip("0")))
zeros, p = 0, 5
while p <= n:
    zeros += n // p
    p *= 5
print("Legendre:", zeros)
print("first 10:", s[:10], "last nonzero:", s.rstrip("0")[-1])
print("log10 estimate:", round(math.lgamma(n + 1) / math.log(10), 6))
print(f"{math.log10(f):.6f}")
print(math.log(f), math.log2(f))
print(f.bit_length(), f.bit_count() if hasattr(f, "bit_count") else None)
print(int(s[:15]) * 10 ** (len(s) - 15) <= f)
print(f % 1000003, pow(f, 3, 10**9 + 7))
print(math.isqrt(f) ** 2 <= f < (math.isqrt(f) + 1) ** 2)
print(math.gcd(f, math.factorial(500)) == math.factorial(500))
print(f // math.factorial(998), divmod(math.factorial(30), math.factorial(28)))
print(math.comb(100, 50), math.perm(10, 3))
print(float(math.factorial(170)))
try:
    float(math.factorial(171))
except OverflowError as e:
    print("OverflowError:", e)
