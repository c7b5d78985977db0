# functools.reduce with operator.mul, made "async" by sleeping before computing.
import asyncio
import functools
import operator


async def factorial(n):
    await asyncio.sleep(0.05 * n)
    return functools.reduce(operator.mul, range(1, n + 1), 1)


async def main():
    nums = [5, 7, 3]
    for coro in asyncio.as_completed([factorial(n) for n in nums]):
        print(await coro)
    print(functools.reduce(operator.mul, range(1, 0)))


asyncio.run(main())
