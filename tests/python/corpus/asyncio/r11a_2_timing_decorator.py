import asyncio
import functools
import time


def timed(func):
    @functools.wraps(func)
    async def wrapper(*args):
        start = time.perf_counter()
        try:
            return await func(*args)
        finally:
            elapsed = time.perf_counter() - start
            print(f"{func.__qualname__}{args[1:]} took {'>=' if elapsed >= 0.05 else '<'} 50 ms")
    return wrapper


class Service:
    @timed
    async def slow(self, n):
        await asyncio.sleep(0.1)
        return n

    @timed
    async def fast(self, n):
        return n * 2


async def main():
    s = Service()
    print(await asyncio.gather(s.slow(1), s.fast(2)))
    print(Service.slow.__wrapped__.__qualname__)


asyncio.run(main())
