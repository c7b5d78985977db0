import asyncio


async def helper():
    return 1


async def main():
    print("in main")
    result = asyncio.run(helper())
    print(result)


asyncio.run(main())
