# Two Conditions sharing one Lock (not_empty / not_full) for a bounded buffer
import asyncio

class Buffer:
    def __init__(self, size):
        self.items, self.size = [], size
        lock = asyncio.Lock()
        self.not_empty = asyncio.Condition(lock)
        self.not_full = asyncio.Condition(lock)

    async def put(self, x):
        async with self.not_full:
            await self.not_full.wait_for(lambda: len(self.items) < self.size)
            self.items.append(x)
            self.not_empty.notify()

    async def get(self):
        async with self.not_empty:
            await self.not_empty.wait_for(lambda: self.items)
            x = self.items.pop(0)
            self.not_full.notify()
            return x

async def main():
    buf = Buffer(2)
    async def produce():
        for i in range(6):
            await buf.put(i)
            print("put", i, "len", len(buf.items))
    async def consume():
        return [await buf.get() for _ in range(6)]
    _, got = await asyncio.gather(produce(), consume())
    print("got", got)

asyncio.run(main())
