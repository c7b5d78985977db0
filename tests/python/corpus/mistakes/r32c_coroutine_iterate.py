# Looping over the result of an async function without awaiting it.
import asyncio

async def get_items():
    await asyncio.sleep(0.01)
    return [1, 2, 3]

async def main():
    for item in get_items():
        print(item)

asyncio.run(main())
