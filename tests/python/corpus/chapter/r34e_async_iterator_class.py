# an async iterator class that hands out worker results one by one
import asyncio
import random

random.seed(9)

class Results:
    def __init__(self, count):
        self.count = count
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.count == 0:
            raise StopAsyncIteration
        self.count -= 1
        await asyncio.sleep(0.01)
        return random.randint(1, 10)

async def main():
    async for r in Results(3):
        print('result:', r)
    it = aiter(Results(1))
    print(await anext(it), await anext(it, 'no more'))
    await anext(it)

asyncio.run(main())
