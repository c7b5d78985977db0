# an async iterator class consumed under asyncio.timeout stops mid-way
import asyncio

class Ticker:
    def __init__(self, every):
        self.every = every
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await asyncio.sleep(self.every)
        self.n += 1
        return self.n

async def main():
    seen = []
    try:
        async with asyncio.timeout(0.55):
            async for n in Ticker(0.2):
                seen.append(n)
    except TimeoutError:
        print('timeout after', seen)

asyncio.run(main())
