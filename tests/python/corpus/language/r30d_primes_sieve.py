# Primes with a sieve, a generator of primes, prime factorisation and a timing-free check
import itertools
import math


def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]


def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def factorise(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    return out + ([n] if n > 1 else [])


print(sieve(60))
print(list(itertools.islice(primes(), 15)), len(sieve(10000)))
for n in [360, 97, 2 ** 31 - 1, 600851475143, 1]:
    print(n, "=", " * ".join(map(str, factorise(n))) or "1")
