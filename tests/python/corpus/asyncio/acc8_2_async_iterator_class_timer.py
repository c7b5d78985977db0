# An async iterator class (__aiter__/__anext__) that ticks with sleeps and stops with StopAsyncIteration.
import asyncio

class Ticker:
    def __init__(self, delay, count):
        self.delay, self.count = delay, count
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.count == 0:
            raise StopAsyncIteration
        self.count -= 1
        await asyncio.sleep(self.delay)
        return self.count

async def main():
    async for n in Ticker(0.01, 3):
        print('tick', n)
    print(await anext(Ticker(0, 1)))

asyncio.run(main())
