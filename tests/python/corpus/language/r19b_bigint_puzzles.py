# Big integer puzzles: factorials, Fibonacci, digit sums, primes, Collatz, powers
import math

f100 = math.factorial(100)
print(f100)
print("digits:", len(str(f100)), "digit sum:", sum(map(int, str(f100))), "trailing zeros:", len(str(f100)) - len(str(f100).rstrip("0")))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print("fib(300) =", a)
print(2 ** 256, (2 ** 256).bit_length(), 2 ** 256 - 1 == int("f" * 64, 16))
print(f"{2 ** 100:,}", f"{3 ** 50:_}", f"{7 ** 40:e}", f"{12 ** 30:.3e}", hex(2 ** 70), oct(8 ** 10))
print(pow(7, 10 ** 18, 10 ** 9 + 7), pow(123456789, 987654321, 1000000007), 10 ** 40 // 7, 10 ** 40 % 7, -(10 ** 40) // 7)
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, p in enumerate(is_p) if p]
primes = sieve(10000)
print(len(primes), primes[-5:], sum(primes))
def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([p for p in range(10 ** 18, 10 ** 18 + 200) if is_prime(p)], is_prime(2 ** 127 - 1), is_prime(2 ** 128 + 1))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(max(range(1, 10000), key=collatz), collatz(2 ** 100 + 1), math.gcd(2 ** 64 - 1, 2 ** 48 - 1), math.lcm(*range(1, 31)))
print(int(str(2 ** 1000)[:20]), 10 ** 20 / 3, int(1e20), int(1e23), float(2 ** 63), 2 ** 63 == float(2 ** 63), -(2 ** 63) >> 3, (2 ** 65) << 2, ~(2 ** 70), (2 ** 70) & (2 ** 70 - 1), (2 ** 70) ^ 1)
print(math.comb(100, 50), math.isqrt(2 * 10 ** 60), round(10 ** 25, -24), divmod(-(10 ** 30), 7 ** 20))
