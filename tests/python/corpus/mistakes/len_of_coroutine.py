import asyncio

async def get_items():
    return [1, 2, 3]

async def main():
    items = get_items()
    print(len(items))

asyncio.run(main())
