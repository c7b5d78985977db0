# A class implementing __aiter__/__anext__; StopAsyncIteration ends the loop
import asyncio

class Countdown:
    def __init__(self, start):
        self.n = start
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.001)
        self.n -= 1
        return self.n + 1

async def main():
    async for n in Countdown(4):
        print(n, end=" ")
    print()
    it = aiter(Countdown(2))
    print(await anext(it), await anext(it), await anext(it, "stop"))
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
