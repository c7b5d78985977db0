# Mistake: writing "async def __aiter__" so async for gets a coroutine instead of an iterator
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
    async for i in Ticker(3):
        print(i)

asyncio.run(main())
