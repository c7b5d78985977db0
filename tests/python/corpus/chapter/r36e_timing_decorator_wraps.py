# wrote a decorator to time my async workers, with functools.wraps so the names survive
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
            print(f'{func.__name__}{args} took {"under" if took < 0.15 else "over"} 0.15s')
    return wrapper

@timed
async def worker(label, delay):
    """Pretend to do some IO."""
    await asyncio.sleep(delay)
    return label

async def main():
    print(worker.__name__, '-', worker.__doc__, '-', worker.__wrapped__.__name__)
    print(asyncio.iscoroutinefunction(worker))
    print(await asyncio.gather(worker('A', 0.05), worker('B', 0.25)))

asyncio.run(main())
