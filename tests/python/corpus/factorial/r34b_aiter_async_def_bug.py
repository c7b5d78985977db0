# My async iterator class: I made __aiter__ an async def by mistake.
import asyncio


class Factorials:
    def __init__(self, n):
        self.n = n
        self.i = 0
        self.value = 1

    async def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        self.value *= self.i
        await asyncio.sleep(0.01)
        return self.value


async def main():
    async for v in Factorials(5):
        print(v)


asyncio.run(main())
