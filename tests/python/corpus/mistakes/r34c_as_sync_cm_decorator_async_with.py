# A @contextmanager helper used with async with
import asyncio
from contextlib import contextmanager

@contextmanager
def timer(label):
    print("start", label)
    yield
    print("end", label)

async def main():
    async with timer("download"):
        await asyncio.sleep(0.01)

asyncio.run(main())
