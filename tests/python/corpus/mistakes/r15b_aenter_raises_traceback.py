# Mistake: __aenter__ fails after an await, and its traceback runs through the async with line.
import asyncio

class Pool:
    def __init__(self, size):
        self.size = size
    async def __aenter__(self):
        await asyncio.sleep(0.01)
        self.each = 100 // self.size
        return self
    async def __aexit__(self, *exc):
        print("pool closed")

async def main():
    async with Pool(4) as p:
        print("each gets", p.each)
    async with Pool(0) as p:
        print("each gets", p.each)

asyncio.run(main())
