# Async iterators and async generators
import asyncio

class Ticker:
    """Yields numbers with a delay between them."""
    def __init__(self, delay, to):
        self.delay, self.i, self.to = delay, 0, to

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.to:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i

async def countdown(n):
    while n > 0:
        yield n
        await asyncio.sleep(0.01)
        n -= 1

async def main():
    async for t in Ticker(0.01, 3):
        print("tick", t)
    print([x async for x in countdown(4)])
    print([x * 10 async for x in Ticker(0, 5) if x % 2])
    gen = countdown(3)
    print(await gen.__anext__(), await anext(gen), await anext(gen))
    print(await anext(gen, "exhausted"))
    it = aiter(Ticker(0, 1))
    print(type(it).__name__, await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")

asyncio.run(main())
