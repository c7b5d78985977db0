import asyncio

async def a():
    return 1

async def main():
    result = await asyncio.gather
    print(result)

asyncio.run(main())
