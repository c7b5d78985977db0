# Mistake: a class with __anext__ but no __aiter__, used in async for.
import asyncio

class Feed:
    def __init__(self, items):
        self.items = list(items)
    async def __anext__(self):
        await asyncio.sleep(0.01)
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)

async def main():
    feed = Feed(["x", "y"])
    print(await feed.__anext__())
    async for item in feed:
        print(item)

asyncio.run(main())
