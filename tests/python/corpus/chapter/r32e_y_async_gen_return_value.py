# made the worker yield progress and also return a value
import asyncio

async def worker():
    for i in range(3):
        await asyncio.sleep(0.01)
        yield i
    return 42

async def main():
    async for step in worker():
        print('step', step)

asyncio.run(main())
