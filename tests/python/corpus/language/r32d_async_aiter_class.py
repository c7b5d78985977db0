# A class with __aiter__/__anext__ paging through fake API results, used with async for and enumerate
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
    n = 0
    async for page in Pages(7, 3):
        n += 1
        print(f"page {n}: {page}")
    flat = [x async for page in Pages(5, 2) for x in page]
    print(flat, sum(flat))
    pages = Pages(2, 1)
    print(await pages.__anext__(), await anext(pages), await anext(pages, None))
    for i, p in enumerate(Pages(2, 2)):
        print(i, p)


asyncio.run(main())
