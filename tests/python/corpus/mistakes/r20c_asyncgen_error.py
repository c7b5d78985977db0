# error inside an async generator consumed by async for
import asyncio

async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        if i == 2:
            raise StopAsyncIteration_typo
        yield i

async def main():
    async for t in ticker(5):
        print("tick", t)

asyncio.run(main())
