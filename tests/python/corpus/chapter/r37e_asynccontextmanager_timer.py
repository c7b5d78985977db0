# an async context manager that reports whether a block took longer than a budget
import asyncio
import time
from contextlib import asynccontextmanager

@asynccontextmanager
async def budget(name, seconds):
    start = time.perf_counter()
    try:
        yield
    finally:
        took = time.perf_counter() - start
        print(f'{name}: {"over" if took > seconds else "within"} budget')

async def worker(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    async with budget('quick', 0.2):
        await worker(0.05)
    async with budget('slow', 0.1):
        await asyncio.gather(worker(0.15), worker(0.05))
    try:
        async with budget('failing', 1):
            raise ValueError('boom')
    except ValueError as e:
        print('caught', e)

asyncio.run(main())
