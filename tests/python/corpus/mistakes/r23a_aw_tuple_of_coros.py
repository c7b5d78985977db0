import asyncio

async def one():
    return 1

async def two():
    return 2

async def main():
    a, b = await (one(), two())
    print(a, b)

asyncio.run(main())
