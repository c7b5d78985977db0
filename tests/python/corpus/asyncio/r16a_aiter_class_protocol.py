# A class with __aiter__/__anext__ in async for, and the errors of a wrong protocol
import asyncio

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n + 1

class NoAnext:
    def __aiter__(self):
        return 42

async def main():
    print([x async for x in Countdown(4)])
    try:
        async for _ in NoAnext():
            pass
    except TypeError as e:
        print('TypeError:', e)
    try:
        async for _ in [1, 2]:
            pass
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
