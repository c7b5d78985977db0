# A sieve of Eratosthenes up to two million with bytearray slicing, and a loop-based check for comparison
import math
import time

N = 2_000_000
start = time.perf_counter()
sieve = bytearray([1]) * (N + 1)
sieve[0:2] = b"\x00\x00"
for i in range(2, math.isqrt(N) + 1):
    if sieve[i]:
        sieve[i * i::i] = bytes(len(range(i * i, N + 1, i)))
count = sum(sieve)
elapsed = time.perf_counter() - start
print(count, elapsed < 30)
primes = [i for i in range(100) if sieve[i]]
print(primes[-5:], sieve.count(1) == count, sum(i for i in range(N // 100) if sieve[i]))


def is_prime(n):
    return n > 1 and all(n % d for d in range(2, math.isqrt(n) + 1))


print(sum(1 for n in range(20000) if is_prime(n)), is_prime(1_000_003))
total = 0
for i in range(300_000):
    total += i * i % 7
print(total)
