# await in a lambda used as a key.
import asyncio

async def score(x):
    await asyncio.sleep(0)
    return -x

async def main():
    items = [3, 1, 2]
    items.sort(key=lambda x: await score(x))
    print(items)

asyncio.run(main())
