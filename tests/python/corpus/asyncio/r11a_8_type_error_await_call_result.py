import asyncio


async def get_count():
    await asyncio.sleep(0)
    return 3


async def main():
    count = get_count()
    print("count is", type(count).__name__)
    total = count + 1
    print(total)


asyncio.run(main())
