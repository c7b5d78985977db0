# A class-based async iterator that yields ticks and stops with StopAsyncIteration.
import asyncio

class Ticker:
    def __init__(self, delay, to):
        self.delay = delay
        self.i = 0
        self.to = to

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.to:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i

async def main():
    async for t in Ticker(0.01, 4):
        print("tick", t)
    squares = [t * t async for t in Ticker(0.005, 5) if t % 2]
    print(squares)
    it = Ticker(0, 1)
    print(await it.__anext__())
    try:
        await anext(it)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(it, "default"))

asyncio.run(main())
