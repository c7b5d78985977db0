# Plain for over an async generator, then fixed with async for.
import asyncio

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i

async def main():
    async for t in ticks(3):
        print('tick', t)
    print([t async for t in ticks(2)])
    for t in ticks(3):
        print(t)

asyncio.run(main())
