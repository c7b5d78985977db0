# A coroutine whose __await__() is taken but never iterated was never awaited.
import asyncio

class Delayed:
    def __init__(self, coro):
        self.coro = coro
    def __await__(self):
        return self.coro.__await__()

async def compute():
    return 41 + 1

async def main():
    print(await Delayed(compute()))
    it = Delayed(compute()).__await__()
    print(type(it).__name__)
    del it
    print('dropped the iterator')

asyncio.run(main())
