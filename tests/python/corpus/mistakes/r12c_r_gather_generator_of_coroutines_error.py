# gather of a generator of coroutines, one failing with an IndexError.
import asyncio

async def pick(items, i):
    await asyncio.sleep(0.01)
    return items[i]

async def main():
    items = ["x", "y", "z"]
    results = await asyncio.gather(*(pick(items, i) for i in range(4)))
    print(results)

asyncio.run(main())
