# An async timing decorator with functools.wraps that reports rounded durations
import asyncio
import functools
import time

def timed(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return await fn(*args, **kwargs)
        finally:
            ms = (time.perf_counter() - start) * 1000
            print(f"{fn.__name__}{args} took ~{int(ms // 100) * 100} ms")
    return wrapper

@timed
async def fetch(url, delay):
    """Pretend to fetch a URL."""
    await asyncio.sleep(delay)
    return len(url)

async def main():
    print(await fetch("http://a", 0.1))
    print(await asyncio.gather(fetch("x", 0.2), fetch("yy", 0.4)))
    print(fetch.__name__, fetch.__doc__, asyncio.iscoroutinefunction(fetch))
    print(fetch.__wrapped__.__qualname__)

asyncio.run(main())
