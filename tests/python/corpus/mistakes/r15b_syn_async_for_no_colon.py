# Mistake: an async for line without its colon.
import asyncio

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i

async def main():
    async for t in ticks(3)
        print("tick", t)

asyncio.run(main())
