# an async generator that yields pages and returns the total at the end
import asyncio

async def pages(n):
    total = 0
    for i in range(n):
        await asyncio.sleep(0.01)
        total += i
        yield i
    return total

async def main():
    async for p in pages(3):
        print("page", p)

asyncio.run(main())
