# A hand-written async iterator class with __aiter__ and __anext__
import asyncio

class Ticker:
    def __init__(self, n, delay):
        self.i, self.n, self.delay = 0, n, delay
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i

async def main():
    async for t in Ticker(3, 0.01):
        print("tick", t)
    print([t async for t in Ticker(4, 0)])
    it = Ticker(1, 0)
    print(await it.__anext__())
    await it.__anext__()

asyncio.run(main())
