# a timing decorator for coroutines, compared in tenths
import asyncio
import functools
import time

def timed(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return await func(*args, **kwargs)
        finally:
            took = time.perf_counter() - start
            print(f'{func.__name__}{args} took at least {(args[0] - 1) / 10:.1f}s:', took >= (args[0] - 1) / 10)
    return wrapper

@timed
async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r

async def main():
    print(await asyncio.gather(factorial(3), factorial(5)))
    print(factorial.__name__, factorial.__wrapped__.__name__)

asyncio.run(main())
