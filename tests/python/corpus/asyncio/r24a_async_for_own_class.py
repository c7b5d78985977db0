import asyncio

class Ticker:
    def __init__(self, limit):
        self.limit = limit
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.limit:
            raise StopAsyncIteration
        await asyncio.sleep(0.01)
        self.i += 1
        return self.i

class NotAsync:
    def __iter__(self):
        return iter([1, 2])

async def main():
    async for n in Ticker(3):
        print("tick", n)
    print([n async for n in Ticker(2)])
    async for n in NotAsync():
        print(n)

asyncio.run(main())
