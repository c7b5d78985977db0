# my results generator has both yield and return value
import asyncio

async def results(n):
    total = 0
    for i in range(n):
        await asyncio.sleep(0.01)
        total += i
        yield i
    return total

async def main():
    async for r in results(3):
        print(r)

asyncio.run(main())
