# An async generator ticker consumed with async for, stopped by break
import asyncio

async def ticker(delay, to):
    for i in range(to):
        yield i
        await asyncio.sleep(delay)

async def main():
    async for i in ticker(0.05, 10):
        print("tick", i)
        if i == 3:
            break
    total = sum([i async for i in ticker(0.01, 5)])
    print("sum of ticks:", total)

asyncio.run(main())
