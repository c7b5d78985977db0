import asyncio
import functools
import operator

LIMIT = asyncio.Semaphore(2)

async def compute(n):
    async with LIMIT:
        print(f"start {n:>2}")
        await asyncio.sleep(0.1 * (n % 3 + 1))
        value = functools.reduce(operator.mul, range(1, n + 1), 1)
        print(f"end   {n:>2} -> {value:>10,}")
        return n, value

async def main():
    pairs = await asyncio.gather(*(compute(n) for n in [10, 4, 8, 6]))
    for n, v in sorted(pairs, key=lambda p: p[1], reverse=True):
        print(f"{n:<3}|{v:^12}|{v:e}")

asyncio.run(main())
