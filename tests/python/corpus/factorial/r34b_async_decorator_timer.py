# An async decorator that counts calls and checks the time taken, kept with functools.wraps.
import asyncio
import functools
import time


def timed(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        wrapper.calls += 1
        start = time.perf_counter()
        result = await func(*args, **kwargs)
        elapsed = time.perf_counter() - start
        print(f"{func.__name__}{args} took {'under' if elapsed < 0.3 else 'over'} 0.3s")
        return result
    wrapper.calls = 0
    return wrapper


@timed
async def factorial(n):
    """Slow factorial: 0.1 s per multiplication."""
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r


async def main():
    print(await factorial(3), await factorial(6))
    print(factorial.__name__, "-", factorial.__doc__, "- calls:", factorial.calls)


asyncio.run(main())
