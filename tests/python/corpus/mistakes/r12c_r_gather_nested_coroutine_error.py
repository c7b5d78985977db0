# gather of workers where one fails two awaits deep.
import asyncio

async def load(name):
    await asyncio.sleep(0.01)
    return {"a": [1, 2], "b": [3]}[name]

async def worker(name):
    items = await load(name)
    return items[1]

async def main():
    results = await asyncio.gather(worker("a"), worker("b"))
    print(results)

asyncio.run(main())
