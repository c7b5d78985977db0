import asyncio

async def get_pair():
    await asyncio.sleep(0.01)
    return 1, 2, 3

async def main():
    x, y = await get_pair()
    print(x, y)

asyncio.run(main())
