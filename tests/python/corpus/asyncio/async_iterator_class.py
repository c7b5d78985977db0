# async for over a class with __aiter__/__anext__: StopAsyncIteration ends the loop.
import asyncio

class Ticker:
    def __init__(self, n, delay):
        self.i = 0
        self.n = n
        self.delay = delay

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i

async def main():
    async for tick in Ticker(3, 0.05):
        print('tick', tick)
    else:
        print('loop ended normally')
    ticker = Ticker(5, 0)
    async for tick in ticker:
        if tick == 2:
            break
    print('broke at', ticker.i, 'and it goes on:', [t async for t in ticker])
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
