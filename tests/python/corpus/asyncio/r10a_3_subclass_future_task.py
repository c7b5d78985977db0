import asyncio

class MyQueue(asyncio.Queue):
    def __init__(self, maxsize=0, *, label='q'):
        super().__init__(maxsize)
        self.label = label
    async def put_all(self, items):
        for i in items:
            await self.put(i)

async def main():
    q = MyQueue(2, label='jobs')
    t = asyncio.create_task(q.put_all(range(4)))
    got = []
    for _ in range(4):
        got.append(await q.get())
    await t
    print(q.label, got, isinstance(q, asyncio.Queue))

asyncio.run(main())
