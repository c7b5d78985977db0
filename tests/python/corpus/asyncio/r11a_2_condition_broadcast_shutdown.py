import asyncio


class Pool:
    def __init__(self):
        self.cond = asyncio.Condition()
        self.items = []
        self.closed = False

    async def get(self, who):
        async with self.cond:
            await self.cond.wait_for(lambda: self.items or self.closed)
            if self.items:
                return self.items.pop()
            return f"{who}: pool closed"

    async def close(self):
        async with self.cond:
            self.closed = True
            self.cond.notify_all()

    async def put(self, item):
        async with self.cond:
            self.items.append(item)
            self.cond.notify(1)


async def main():
    pool = Pool()
    getters = [asyncio.create_task(pool.get(f"g{i}")) for i in range(4)]
    await asyncio.sleep(0)
    await pool.put("conn-1")
    await asyncio.sleep(0)
    await pool.close()
    for r in await asyncio.gather(*getters):
        print(r)


asyncio.run(main())
