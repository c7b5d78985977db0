# For a few big factorials: digit count, digit sum and trailing zeros (checked against Legendre's formula).
import asyncio
import math


def legendre_zeros(n):
    count, p = 0, 5
    while p <= n:
        count += n // p
        p *= 5
    return count


async def analyse(n):
    await asyncio.sleep(0.01)
    f = math.factorial(n)
    s = str(f)
    zeros = len(s) - len(s.rstrip("0"))
    return n, len(s), sum(map(int, s)), zeros, legendre_zeros(n)


async def main():
    rows = await asyncio.gather(*(analyse(n) for n in (10, 25, 100, 250)))
    print(f"{'n':>4} {'digits':>7} {'digitsum':>9} {'zeros':>6} {'legendre':>9}")
    for row in rows:
        print("{:>4} {:>7} {:>9} {:>6} {:>9}".format(*row))
    assert all(r[3] == r[4] for r in rows)


asyncio.run(main())
