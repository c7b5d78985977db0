import asyncio

class Countdown:
    def __init__(self, start, delay):
        self.current = start
        self.delay = delay

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.current -= 1
        return self.current + 1

async def main():
    async for n in Countdown(3, 0.01):
        print("T-minus", n)
    values = [n async for n in Countdown(5, 0)]
    print(values)
    it = aiter(Countdown(2, 0))
    print(await anext(it), await anext(it), await anext(it, "empty"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("exhausted")

asyncio.run(main())
