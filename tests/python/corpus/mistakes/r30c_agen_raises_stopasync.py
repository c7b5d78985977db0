# An async generator that ends itself with StopAsyncIteration.
import asyncio

async def limited(n):
    i = 0
    while True:
        if i == n:
            raise StopAsyncIteration
        yield i
        i += 1

async def main():
    async for x in limited(2):
        print(x)

asyncio.run(main())
