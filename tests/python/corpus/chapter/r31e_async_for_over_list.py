# wrote async for over a plain list of coroutines
import asyncio

async def worker(i):
    await asyncio.sleep(0.01)
    return i * 3

async def main():
    coros = [worker(i) for i in range(3)]
    total = 0
    async for c in coros:
        total += await c
    print(total)

asyncio.run(main())
