# functools.reduce factorial: works for n>=1, but 0! gives an empty range with no initial value.
import asyncio
import functools
import operator


async def factorial(n):
    await asyncio.sleep(0.01)
    return functools.reduce(operator.mul, range(1, n + 1))


async def safe_factorial(n):
    await asyncio.sleep(0.01)
    return functools.reduce(lambda a, b: a * b, range(1, n + 1), 1)


async def main():
    print([await safe_factorial(n) for n in range(6)])
    results = await asyncio.gather(*(factorial(n) for n in (3, 2, 1, 0)), return_exceptions=True)
    print(results)
    print(await factorial(0))


asyncio.run(main())
