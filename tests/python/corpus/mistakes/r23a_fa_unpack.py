import asyncio

async def get_pair():
    await asyncio.sleep(0)
    return 1, 2

async def main():
    a, b = get_pair()
    print(a + b)

asyncio.run(main())
