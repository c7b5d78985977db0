# Big integers: huge powers, digit counts, the 4300-digit str() limit and how to raise it
import math
import sys

n = 2 ** 1000
print(len(str(n)), str(n)[:20], n % 1000007, n.bit_length())
f = math.factorial(1000)
print(len(str(f)), sum(int(d) for d in str(f)), str(f).rstrip("0")[-5:], len(str(f)) - len(str(f).rstrip("0")))
print(f"{10 ** 30:,}", f"{2 ** 64:_x}", f"{-(3 ** 40):+,}", pow(10 ** 100, 10 ** 5, 97))
print(math.isqrt(10 ** 50), (10 ** 50) ** 0.5, 10 ** 20 // 3, -(10 ** 20) // 3, hash(2 ** 61 - 1))
print(sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    s = str(big)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(6000)
print(len(str(big)), len(repr(big)), str(big)[:3])
print(int("9" * 5001) + 1 == 10 ** 5001)
print(int("7" * 7000))
