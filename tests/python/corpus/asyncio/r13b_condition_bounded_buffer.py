import asyncio

class BoundedBuffer:
    def __init__(self, size):
        self.items = []
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
            item = self.items.pop(0)
            self.cond.notify_all()
            return item

async def main():
    buf = BoundedBuffer(2)
    async def produce():
        for i in range(6):
            await buf.put(i)
            print("put", i, "buffer", list(buf.items))
    async def consume():
        out = []
        for _ in range(6):
            out.append(await buf.get())
            await asyncio.sleep(0.005)
        return out
    _, out = await asyncio.gather(produce(), consume())
    print(out)

asyncio.run(main())
