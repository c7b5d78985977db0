# Mistake: __anext__ written as a plain method returning values; and a fixed version.
import asyncio

class Broken:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 1

class Fixed(Broken):
    def __init__(self):
        self.left = 2

    async def __anext__(self):
        if not self.left:
            raise StopAsyncIteration
        self.left -= 1
        return self.left

async def main():
    print([x async for x in Fixed()])
    async for x in Broken():
        print("never", x)

asyncio.run(main())
