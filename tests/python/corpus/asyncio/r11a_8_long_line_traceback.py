import asyncio


async def compute(values):
    await asyncio.sleep(0)
    return sum(v for v in values) / len([v for v in values if v is not None and isinstance(v, (int, float)) and v > 1000000])


async def main():
    print(await compute([2000000, 3000000]))
    print(await compute([1, 2, 3]))


asyncio.run(main())
