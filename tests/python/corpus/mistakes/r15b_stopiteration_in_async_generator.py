# Mistake: next() on an exhausted iterator inside an async generator.
import asyncio

async def pairs(items):
    it = iter(items)
    while True:
        a = next(it)
        b = next(it)
        await asyncio.sleep(0.01)
        yield a, b

async def main():
    async for a, b in pairs([1, 2, 3, 4, 5]):
        print(a, b)

asyncio.run(main())
