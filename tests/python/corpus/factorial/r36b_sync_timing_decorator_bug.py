# A plain timing decorator on an async function only times creating the coroutine.
import asyncio
import functools
import time


def timed(func):
    @functools.wraps(func)
    def wrapper(*args):
        start = time.perf_counter()
        result = func(*args)
        elapsed = time.perf_counter() - start
        print(f"{func.__name__}{args} took under 10 ms: {elapsed < 0.01}")
        return result
    return wrapper


@timed
async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        r *= i
    return r


async def main():
    start = time.perf_counter()
    print(await asyncio.gather(factorial(4), factorial(5)))
    print("really took over 0.15 s:", time.perf_counter() - start > 0.15)
    print(factorial.__name__, factorial.__wrapped__.__name__, asyncio.iscoroutinefunction(factorial))


asyncio.run(main())
