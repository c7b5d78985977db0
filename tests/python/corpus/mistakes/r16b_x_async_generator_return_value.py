# return with a value in an async generator
import asyncio

async def ticks(n):
    for i in range(n):
        yield i
    return n

async def main():
    async for t in ticks(3):
        print(t)

asyncio.run(main())
