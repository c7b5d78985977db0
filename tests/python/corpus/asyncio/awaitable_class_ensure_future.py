import asyncio

class W:
    def __init__(self, n):
        self.n = n
    async def run(self):
        await asyncio.sleep(0.1)
        return self.n
    def __await__(self):
        return self.run().__await__()

async def main():
    print(await W(1))
    t = asyncio.ensure_future(W(2))
    print(await t)
    print(await asyncio.gather(W(3), W(4)))

asyncio.run(main())
