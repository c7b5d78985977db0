# Two Conditions sharing one Lock to build a bounded buffer with not_full / not_empty
import asyncio


class Buffer:
    def __init__(self, size):
        self.items = []
        self.size = size
        lock = asyncio.Lock()
        self.not_full = asyncio.Condition(lock)
        self.not_empty = asyncio.Condition(lock)

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
    log = []

    async def producer():
        for i in range(5):
            await buf.put(i)
            log.append(f"p{i}")

    async def consumer():
        for _ in range(5):
            log.append(f"c{await buf.get()}")
            await asyncio.sleep(0.01)

    await asyncio.gather(producer(), consumer())
    print(" ".join(log))
    print(buf.not_full._lock is buf.not_empty._lock)


asyncio.run(main())
