import asyncio

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i

async def main():
    async for t in ticks(2):
        print("async tick", t)
    for t in ticks(2):
        print("tick", t)

asyncio.run(main())
