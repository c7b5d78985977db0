import asyncio

async def pair():
    return 1, 2

async def main():
    a, b = await pair(), c = 3
    print(a, b, c)

asyncio.run(main())
