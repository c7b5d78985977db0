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
    async for i in Countdown(4):
        print(i)
    print([i async for i in Countdown(3)])
    print({i: i * i async for i in Countdown(3)})
    print(sum([i async for i in Countdown(5) if i % 2]))

asyncio.run(main())
