import asyncio

DATA = list(range(1, 12))


class Paginator:
    def __init__(self, page_size):
        self.page_size = page_size
        self.page = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        start = self.page * self.page_size
        if start >= len(DATA):
            raise StopAsyncIteration
        await asyncio.sleep(0.001)
        self.page += 1
        return self.page, DATA[start:start + self.page_size]


async def main():
    async for number, items in Paginator(4):
        print(f"page {number}: {items}")
    pages = [p async for p, _ in Paginator(5)]
    print("pages:", pages)
    it = aiter(Paginator(100))
    print(await anext(it))
    print(await anext(it, "no more pages"))


asyncio.run(main())
