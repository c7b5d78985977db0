# An async iterator class (__aiter__/__anext__) that ticks a few times
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
    async for n in Ticker(0.01, 4):
        print("tick", n)
    values = [n async for n in Ticker(0.0, 3)]
    print(values)
    it = Ticker(0, 1)
    print(await it.__anext__())
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print("stopped:", repr(e))
    print(await anext(it, "default"))

asyncio.run(main())
