# Iterating over a coroutine that was never awaited
import asyncio

async def get_items():
    await asyncio.sleep(0.01)
    return ["apple", "pear", "plum"]

async def main():
    print("items:")
    for item in get_items():
        print(" -", item)

asyncio.run(main())
