# Mistake: __anext__ returns the coroutine function itself instead of calling it.
import asyncio

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def _next(self):
        await asyncio.sleep(0.01)
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
    def __anext__(self):
        return self._next

async def main():
    async for t in Ticker(2):
        print(t)

asyncio.run(main())
