# Counting trailing zeros and digit frequencies of the factorials.
import asyncio
from collections import Counter


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(n / 1000)
    return f


def trailing_zeros(v):
    count = 0
    while v and v % 10 == 0:
        v //= 10
        count += 1
    return count


def legendre(n):
    z, p = 0, 5
    while p <= n:
        z += n // p
        p *= 5
    return z


async def main():
    for n in [10, 25, 50, 100]:
        f = await factorial(n)
        print(n, trailing_zeros(f), legendre(n), len(str(f)) - len(str(f).rstrip("0")))
    digits = Counter(str(await factorial(30)))
    print(digits.most_common(3))
    print(sorted(digits.items()))
    print(digits["0"], digits["x"], digits.total())


asyncio.run(main())
