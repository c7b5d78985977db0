# a countdown usable in async for; __anext__ written as a normal method
import asyncio

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1

async def main():
    async for i in Countdown(3):
        print(i)
        await asyncio.sleep(0.01)

asyncio.run(main())
