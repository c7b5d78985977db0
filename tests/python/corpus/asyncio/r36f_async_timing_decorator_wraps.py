# An async timing decorator with functools.wraps that reports rounded durations.
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
            print(f"{fn.__name__}{args} took {int(ms // 100) * 100}+ ms")
    return wrapper

@timed
async def download(name, secs):
    """Pretend to download something."""
    await asyncio.sleep(secs)
    return name

@timed
async def broken():
    await asyncio.sleep(0.2)
    raise IOError("disk gone")

async def main():
    print(download.__name__, download.__doc__, download.__wrapped__.__name__)
    print(await asyncio.gather(download("a", 0.1), download("b", 0.3)))
    try:
        await broken()
    except OSError as e:
        print("caught", e)

asyncio.run(main())
