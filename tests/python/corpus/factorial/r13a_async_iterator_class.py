import asyncio

class Factorials:
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
    async for n, f in Factorials(6):
        print(n, f)
    it = Factorials(1)
    print(await it.__anext__())
    try:
        await anext(it)
    except StopAsyncIteration:
        print('no more')
    print(await anext(it, 'default'))

asyncio.run(main())
