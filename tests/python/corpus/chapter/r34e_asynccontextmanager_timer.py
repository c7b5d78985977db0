# an async context manager that reports whether a block was fast or slow
import asyncio
import contextlib
import time

@contextlib.asynccontextmanager
async def timed(label):
    start = time.perf_counter()
    try:
        yield label
    except ZeroDivisionError as e:
        print(label, 'failed with', e)
    finally:
        took = time.perf_counter() - start
        print(label, 'slow' if took > 0.15 else 'fast')

async def main():
    async with timed('nap') as name:
        await asyncio.sleep(0.3)
    async with timed('quick'):
        await asyncio.sleep(0.01)
    async with timed('broken'):
        print(1 / 0)
    print('still here')

asyncio.run(main())
