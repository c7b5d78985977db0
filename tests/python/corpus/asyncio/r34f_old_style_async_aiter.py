# Python 3.5-era code: __aiter__ written as "async def" no longer works with async for.
import asyncio

class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n

    async def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i

async def main():
    async for t in Ticker(3):
        print("tick", t)

asyncio.run(main())
