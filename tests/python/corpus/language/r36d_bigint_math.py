# Big integers: factorial digits, modular powers, huge Fibonacci and the 3.11 str-digit limit.
import math
import sys

f100 = math.factorial(100)
print(len(str(f100)), sum(map(int, str(f100))), str(f100)[:20], str(f100).count("0"))
print(pow(2, 10**6, 10**9 + 7), pow(7, -1, 13), 2 ** 100 % 97)

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

big = fib(1000)
print(big.bit_length(), str(big)[:15], str(big)[-5:])
print(math.isqrt(10 ** 40), math.gcd(fib(300), fib(200)) == fib(100))
print((10 ** 30 + 1) // 7, -(10 ** 30) // 7, divmod(10 ** 25, 10 ** 12 + 1))
print(f"{2 ** 70:,}", f"{2 ** 70:.3e}", hex(2 ** 64), int("9" * 40) + 1 == 10 ** 40)
huge = 10 ** 5000
try:
    str(huge)
except ValueError as e:
    print("ValueError:", e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(6000)
print(len(str(huge)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
print(float(2 ** 1023) * 2, 2 ** 1024 > sys.float_info.max)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
print(int(1e300) == 10 ** 300, (3 ** 200).to_bytes(40, "big")[:4], (-7) ** 3, abs(-2 ** 80))
