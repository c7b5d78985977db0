import asyncio


async def slow_query():
    await asyncio.sleep(1)
    return "rows"


async def main():
    async with asyncio.timeout(0.02):
        rows = await slow_query()
    print(rows)


asyncio.run(main())
