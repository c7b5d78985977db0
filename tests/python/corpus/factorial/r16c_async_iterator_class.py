# A class with __aiter__/__anext__ yields n! one step at a time
import asyncio

class FactorialSteps:
    def __init__(self, n):
        self.n, self.i, self.value = n, 0, 1

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        self.value *= self.i
        await asyncio.sleep(0.1)
        return self.i, self.value

async def main():
    async for i, v in FactorialSteps(5):
        print(f'{i}! = {v}')
    print([v async for _, v in FactorialSteps(3)])

asyncio.run(main())
