# An async context manager whose __aenter__ fails: the traceback points at the async with line
import asyncio

class Pool:
    def __init__(self, size):
        self.size = size

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        if self.size > 4:
            raise ValueError(f"pool size {self.size} exceeds limit 4")
        return self

    async def __aexit__(self, *exc):
        print("closing pool")

async def main():
    async with Pool(2) as p:
        print("pool of", p.size)
    async with Pool(2) as p, Pool(8) as q:
        print("not reached")

asyncio.run(main())
