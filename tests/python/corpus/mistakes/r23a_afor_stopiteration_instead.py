import asyncio

class Pages:
    def __init__(self):
        self.page = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        self.page += 1
        if self.page > 2:
            raise StopIteration
        return f"page {self.page}"

async def main():
    async for p in Pages():
        print(p)

asyncio.run(main())
