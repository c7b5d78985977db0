# Factorial with functools.reduce and operator.mul, a sleep before each task finishes.
import asyncio
import functools
import operator


async def factorial(n, delay):
    await asyncio.sleep(delay)
    return functools.reduce(operator.mul, range(1, n + 1), 1)


async def main():
    jobs = [(10, 0.3), (12, 0.1), (0, 0.2)]
    coros = [factorial(n, d) for n, d in jobs]
    for done in asyncio.as_completed(coros):
        print(await done)


asyncio.run(main())
