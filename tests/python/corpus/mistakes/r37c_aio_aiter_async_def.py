# an async iterator where I made __aiter__ an async def too
import asyncio

class Ticker:
    def __init__(self, n):
        self.n = n
    async def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0.01)
        return self.n

async def main():
    async for t in Ticker(2):
        print(t)

asyncio.run(main())
