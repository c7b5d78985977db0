import asyncio


async def apply(fn, values):
    return [await fn(v) for v in values]


async def double(x):
    return x * 2


async def main():
    print(await apply(double, [1, 2]))
    print(await apply(lambda x: asyncio.sleep(0, x + 1), [1, 2]))
    print(await apply(lambda x: x * 3, [1, 2]))


asyncio.run(main())
