# Infinite generators: Fibonacci, an incremental prime sieve, and taking from them with islice
from itertools import islice, takewhile, count


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def primes():
    composites = {}
    for n in count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)


print(list(islice(fib(), 15)), list(takewhile(lambda x: x < 100, fib()))[-1])
print(list(islice(primes(), 20)), next(islice(primes(), 999, None)))
even_fibs = (f for f in fib() if f % 2 == 0)
print([next(even_fibs) for _ in range(6)])
print(sum(takewhile(lambda p: p < 1000, primes())), len(str(next(islice(fib(), 300, None)))))
for n in range(2, 20):
    for p in range(2, n):
        if n % p == 0:
            break
    else:
        print(n, end=" ")
print()
print(list(islice(fib(), -1)))
