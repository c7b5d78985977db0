# A docstring never closed.
import asyncio

async def worker(n):
    """Sleep n tenths of a second.
    await asyncio.sleep(n / 10)
    return n

async def main():
    print(await worker(2))

asyncio.run(main())
