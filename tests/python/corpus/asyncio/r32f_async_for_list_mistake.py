# Mistake: using async for over a plain list instead of for
import asyncio

async def process(item):
    await asyncio.sleep(0.01)
    return item.upper()

async def main():
    items = ["a", "b", "c"]
    for item in items:
        print(await process(item))
    async for item in items:
        print(await process(item))

asyncio.run(main())
