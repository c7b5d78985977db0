import asyncio


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def pairs(source):
    it = source.__aiter__()
    while True:
        a = await it.__anext__()
        b = await it.__anext__()
        yield a, b


async def main():
    async for a, b in pairs(ticks(5)):
        print("pair", a, b)


asyncio.run(main())
