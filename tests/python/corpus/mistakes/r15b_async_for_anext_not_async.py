# Mistake: an async iterator class whose __anext__ is a plain def (returns an int, not an awaitable).
import asyncio

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    async for i in Countdown(3):
        print("tick", i)

asyncio.run(main())
