import asyncio

async def get_items():
    await asyncio.sleep(0)
    return ["apple", "pear"]

async def main():
    for item in get_items():
        print("item:", item)

asyncio.run(main())
