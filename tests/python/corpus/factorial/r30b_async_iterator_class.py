# A class with __aiter__/__anext__ producing successive factorials.
import asyncio


class FactorialSeries:
    def __init__(self, limit):
        self.limit = limit
        self.i = 0
        self.value = 1

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.limit:
            raise StopAsyncIteration
        await asyncio.sleep(0.01)
        self.i += 1
        self.value *= self.i
        return self.i, self.value


async def main():
    async for i, v in FactorialSeries(6):
        print(f"{i}! = {v}")
    series = FactorialSeries(2)
    print([x async for x in series])
    print([x async for x in series])
    for x in FactorialSeries(3):
        print(x)


asyncio.run(main())
