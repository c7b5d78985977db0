# A custom async iterator whose __anext__ raises KeyError: traceback through async for
import asyncio

class Paginator:
    def __init__(self, pages):
        self.pages = pages
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.n += 1
        await asyncio.sleep(0.001)
        if self.n > 3:
            raise StopAsyncIteration
        return self.pages[f"page{self.n}"]

async def main():
    pages = {"page1": ["a", "b"], "page2": ["c"]}
    async for items in Paginator(pages):
        print("items:", items)

asyncio.run(main())
