# __aiter__ written as async def, which makes it a coroutine.
import asyncio

class Countdown:
    def __init__(self, n):
        self.n = n

    async def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    async for i in Countdown(3):
        print(i)

asyncio.run(main())
