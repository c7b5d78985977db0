# functools.partial fixes the delay argument; gather runs fast and slow versions.
import asyncio
import functools


async def factorial(n, delay=0.1, verbose=False):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(delay)
        r *= i
        if verbose:
            print(f"  {n}: x{i}")
    return r


fast = functools.partial(factorial, delay=0.01)
chatty = functools.partial(factorial, delay=0.02, verbose=True)


async def main():
    print(fast.func.__name__, type(fast).__name__, fast.keywords, fast.args)
    print(await asyncio.gather(fast(5), chatty(3)))
    print(asyncio.iscoroutinefunction(fast), asyncio.iscoroutine(fast(1)))
    print(await chatty(3, delay=0.01, verbose=False))


asyncio.run(main())
