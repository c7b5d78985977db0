import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return 2 * x

async def main():
    print([x async for x in agen(5) if x % 2])
    print({x: await double(x) async for x in agen(3)})
    print([await double(x) for x in range(3)])
    print({x async for x in agen(4)})
    g = (await double(x) async for x in agen(3))
    print(type(g).__name__, [v async for v in g])

asyncio.run(main())
