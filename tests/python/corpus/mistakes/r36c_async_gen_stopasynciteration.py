# an async generator that ends itself by raising StopAsyncIteration
import asyncio

async def countdown(n):
    while True:
        if n == 0:
            raise StopAsyncIteration
        yield n
        n -= 1
        await asyncio.sleep(0.01)

async def main():
    async for i in countdown(3):
        print(i)

asyncio.run(main())
