# An async iterator class with __aiter__/__anext__ paging through fake results
import asyncio

class Pages:
    def __init__(self, total, size):
        self.total, self.size, self.offset = total, size, 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.offset >= self.total:
            raise StopAsyncIteration
        await asyncio.sleep(0.01)
        page = list(range(self.offset, min(self.offset + self.size, self.total)))
        self.offset += self.size
        return page

async def main():
    async for page in Pages(7, 3):
        print("page", page)
    pages = [p async for p in Pages(4, 2)]
    print(pages)

asyncio.run(main())
