# Compare three implementations (loop, recursion, reduce) run concurrently and check they agree.
import asyncio
from functools import reduce


def fact_loop(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fact_rec(n):
    return 1 if n < 2 else n * fact_rec(n - 1)


def fact_reduce(n):
    return reduce(lambda a, b: a * b, range(1, n + 1), 1)


async def run(fn, n):
    await asyncio.sleep(0.01)
    return fn.__name__, fn(n)


async def main():
    for n in (0, 1, 10, 30):
        pairs = await asyncio.gather(*(run(f, n) for f in (fact_loop, fact_rec, fact_reduce)))
        values = {v for _, v in pairs}
        print(n, pairs[0][1], "agree" if len(values) == 1 else f"DISAGREE {pairs}")
    print(fact_rec(1200) > 0)


asyncio.run(main())
