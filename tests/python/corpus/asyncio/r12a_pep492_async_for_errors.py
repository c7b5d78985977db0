# test_pep492: async for over objects with bad __aiter__ / __anext__
import asyncio

class NoAnext:
    def __aiter__(self):
        return self

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 123

class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    print([x async for x in Counter(3)])
    for obj in (NoAnext(), BadAnext(), [1, 2]):
        try:
            async for _ in obj:
                pass
        except TypeError as e:
            print("TypeError:", e)

asyncio.run(main())
