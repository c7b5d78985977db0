# async with on a plain (sync) context manager
import asyncio
from contextlib import contextmanager

@contextmanager
def timer():
    print("start")
    yield
    print("stop")

async def main():
    with timer():
        await asyncio.sleep(0.01)
    async with timer():
        await asyncio.sleep(0.01)

asyncio.run(main())
