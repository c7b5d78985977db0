# My async iterator's __anext__ is a normal method (I forgot async) that returns numbers.
import asyncio


class FactorialCounter:
    def __init__(self, limit):
        self.n, self.value, self.limit = 0, 1, limit

    def __aiter__(self):
        return self

    def __anext__(self):
        self.n += 1
        if self.n > self.limit:
            raise StopAsyncIteration
        self.value *= self.n
        return self.value


async def main():
    counter = FactorialCounter(4)
    print(counter.__anext__(), counter.__anext__())
    async for value in FactorialCounter(4):
        print(value)


asyncio.run(main())
