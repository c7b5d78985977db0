# tried to catch all results with a starred name on its own
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    *results = await asyncio.gather(worker(1), worker(2))
    print(results)

asyncio.run(main())
