# Gotcha: await inside a generator expression turns it into an async generator
import asyncio

async def is_valid(x):
    await asyncio.sleep(0.001)
    return x > 0

async def main():
    items = [3, 1, 4]
    flags = [await is_valid(x) for x in items]
    print("list comp:", flags)
    gen = (await is_valid(x) for x in items)
    print(type(gen).__name__)
    print("async for over it:", [f async for f in gen])
    print(all(await is_valid(x) for x in items))

asyncio.run(main())
