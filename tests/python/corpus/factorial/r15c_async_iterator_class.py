# a class with __aiter__ and __anext__, sleeping between factorials
import asyncio

class AsyncFactorials:
    def __init__(self, numbers):
        self.numbers = list(numbers)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.numbers:
            raise StopAsyncIteration
        n = self.numbers.pop(0)
        await asyncio.sleep(0.1)
        result = 1
        for i in range(2, n + 1):
            result *= i
        return n, result

async def main():
    async for n, f in AsyncFactorials([5, 7, 3, 6]):
        print(f"{n}! = {f}")

asyncio.run(main())
