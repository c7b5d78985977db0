# a worker with a docstring I never closed
import asyncio

async def worker(n):
    """Sleep a little and return n squared.
    await asyncio.sleep(0.01)
    return n * n

async def main():
    print(await worker(3))

asyncio.run(main())
