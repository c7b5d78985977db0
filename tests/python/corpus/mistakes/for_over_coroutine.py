import asyncio

async def get_items():
    return [1, 2, 3]

async def main():
    for x in get_items():
        print(x)

asyncio.run(main())
