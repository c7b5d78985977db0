# An async iterator class for factorials where I forgot to name the method __anext__.
import asyncio


class Factorials:
    def __init__(self, limit):
        self.limit = limit
        self.n = 0
        self.value = 1

    def __aiter__(self):
        return self

    async def next(self):
        if self.n >= self.limit:
            raise StopAsyncIteration
        self.n += 1
        self.value *= self.n
        await asyncio.sleep(0.01)
        return self.n, self.value


async def main():
    it = Factorials(4)
    print(await it.next(), await it.next())
    async for n, v in Factorials(4):
        print(n, v)


asyncio.run(main())
