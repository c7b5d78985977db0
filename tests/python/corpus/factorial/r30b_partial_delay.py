# functools.partial to fix the delay, and a lambda that returns a coroutine.
import asyncio
from functools import partial


async def factorial(n, delay):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(delay)
        f *= i
    return f


async def main():
    quick = partial(factorial, delay=0.001)
    print(type(quick).__name__, quick.func.__name__, quick.args, quick.keywords)
    print(await asyncio.gather(*map(quick, [3, 4, 5])))
    slow = lambda n: factorial(n, 0.01)
    print(await slow(6))
    print(await quick(4, 0.5))


asyncio.run(main())
