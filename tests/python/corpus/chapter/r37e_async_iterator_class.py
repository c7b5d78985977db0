# a class with __aiter__ and __anext__ that hands out worker results one by one
import asyncio

class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.01)
        self.current -= 1
        return self.current + 1

async def main():
    async for n in Countdown(4):
        print('T minus', n)
    print('liftoff')
    it = Countdown(1)
    print(await it.__anext__())
    try:
        await anext(it)
    except StopAsyncIteration:
        print('exhausted')
    print(await anext(it, 'default'))

asyncio.run(main())
