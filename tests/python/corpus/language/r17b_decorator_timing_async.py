# A timing decorator for coroutines built with functools.wraps, output rounded
import asyncio
import functools
import time

def timed(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = await func(*args, **kwargs)
        elapsed = time.perf_counter() - start
        print(f'{func.__name__}{args} took ~{round(elapsed, 1)}s')
        return result
    return wrapper

@timed
async def slow_add(a, b):
    await asyncio.sleep(0.26)
    return a + b

async def main():
    print(await slow_add(1, 2))
    print(slow_add.__name__, slow_add.__wrapped__.__name__)

asyncio.run(main())
