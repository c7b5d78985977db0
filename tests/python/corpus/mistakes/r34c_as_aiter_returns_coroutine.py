# An async iterator whose __aiter__ is declared async by mistake
import asyncio

class Pages:
    def __init__(self):
        self.page = 0

    async def __aiter__(self):
        return self

    async def __anext__(self):
        self.page += 1
        if self.page > 2:
            raise StopAsyncIteration
        return f"page {self.page}"

async def main():
    async for p in Pages():
        print(p)

asyncio.run(main())
