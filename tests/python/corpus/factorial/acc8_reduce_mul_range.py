# functools.reduce with operator.mul and an initial value, as_completed collecting.
import asyncio
import functools
import operator

async def factorial(n):
    await asyncio.sleep(0.05 * n)
    return n, functools.reduce(operator.mul, range(1, n + 1), 1)

async def main():
    for coro in asyncio.as_completed([factorial(n) for n in (4, 2, 6, 0)]):
        n, f = await coro
        print(f"factorial({n}) -> {f}")

asyncio.run(main())
