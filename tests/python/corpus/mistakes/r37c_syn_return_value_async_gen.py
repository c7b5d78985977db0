# an async generator that should also report how many items it made
import asyncio

async def ticks(n):
    count = 0
    for i in range(n):
        await asyncio.sleep(0.01)
        count += 1
        yield i
    return count

async def main():
    async for t in ticks(3):
        print("tick", t)

asyncio.run(main())
