import asyncio

async def count_items(items):
    await asyncio.sleep(0.01)
    return len(items)

async def main():
    n = await count_items(["a", "b", "c"])
    print("You have " + n + " items")

asyncio.run(main())
