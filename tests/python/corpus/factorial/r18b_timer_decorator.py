import asyncio
import functools
import inspect
import time

def timed(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = await func(*args, **kwargs)
        took = time.perf_counter() - start
        print(f"{func.__name__}{args} finished, >= {len(args and range(args[0])) / 10:.1f}s: "
              f"{took >= len(args and range(args[0])) / 10 - 0.01}")
        return result
    return wrapper

@timed
async def factorial(n):
    """Return n! slowly."""
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

def sync_timed(func):
    def wrapper(*args):
        return func(*args)
    return wrapper

async def main():
    print(factorial.__name__, factorial.__doc__, factorial.__wrapped__.__name__)
    print(inspect.iscoroutinefunction(factorial), asyncio.iscoroutinefunction(factorial))
    print(inspect.iscoroutinefunction(sync_timed(factorial)))
    print(await asyncio.gather(factorial(3), factorial(5), factorial(1)))

asyncio.run(main())
