# An async generator of ticks consumed with async for, and an async comprehension.
import asyncio

async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def squares(n):
    async for i in ticker(n, 0.01):
        yield i * i

async def main():
    async for t in ticker(3, 0.05):
        print("tick", t)
    print([s async for s in squares(6)])
    print([s async for s in squares(10) if s % 2])
    total = 0
    async for s in squares(4):
        total += s
    print("total", total)

asyncio.run(main())
