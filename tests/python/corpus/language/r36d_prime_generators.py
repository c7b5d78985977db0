# Infinite generators for primes and friends, consumed lazily with islice and takewhile.
from itertools import islice, takewhile, count

def primes():
    found = []
    for n in count(2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n

def sieve(limit):
    is_p = [True] * (limit + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(limit ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(is_p) if p]

print(list(islice(primes(), 15)))
print(sieve(60) == list(takewhile(lambda p: p <= 60, primes())))
twins = ((p, q) for p, q in zip(primes(), islice(primes(), 1, None)) if q - p == 2)
print(list(islice(twins, 6)))

def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1

print(list(collatz(6)), max(range(1, 30), key=lambda n: sum(1 for _ in collatz(n))))
def factorize(n):
    for p in primes():
        if p * p > n:
            break
        while n % p == 0:
            yield p
            n //= p
    if n > 1:
        yield n
print(list(factorize(360)), list(factorize(97)), list(factorize(2 ** 10 * 3 ** 5 * 101)))
gen = primes()
print(next(gen), next(gen), sum(islice(gen, 100)))
