# An async iterator class that defines __aiter__ but names __anext__ wrong
import asyncio

class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __next__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0.01)
        return self.n

async def main():
    async for t in Ticker(3):
        print(t)

asyncio.run(main())
