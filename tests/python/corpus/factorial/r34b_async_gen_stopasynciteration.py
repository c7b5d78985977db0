# An async generator that raises StopAsyncIteration itself to finish early.
import asyncio


async def factorials(limit):
    f = 1
    n = 0
    while True:
        n += 1
        f *= n
        if f > limit:
            raise StopAsyncIteration
        await asyncio.sleep(0.01)
        yield n, f


async def main():
    async for n, f in factorials(1000):
        print(n, f)
    print("finished normally")


asyncio.run(main())
