# A bounded buffer built on asyncio.Condition (wait_for with a predicate), as in textbooks.
import asyncio
from collections import deque

class BoundedBuffer:
    def __init__(self, size):
        self.items = deque()
        self.size = size
        self.cond = asyncio.Condition()

    async def put(self, item):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) < self.size)
            self.items.append(item)
            self.cond.notify_all()

    async def get(self):
        async with self.cond:
            await self.cond.wait_for(lambda: self.items)
            item = self.items.popleft()
            self.cond.notify_all()
            return item

async def producer(buf, name, n):
    for i in range(n):
        await buf.put(f"{name}{i}")
    print(name, "done producing")

async def main():
    buf = BoundedBuffer(2)
    prods = [asyncio.create_task(producer(buf, p, 3)) for p in "XY"]
    got = []
    for _ in range(6):
        got.append(await buf.get())
        await asyncio.sleep(0.005)
    await asyncio.gather(*prods)
    print(sorted(got), len(buf.items))

asyncio.run(main())
