import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return 2 * x

async def main():
    print([x async for x in agen(4)])
    print([await double(x) for x in range(3)])
    print([[y async for y in agen(x)] async for x in agen(3)])
    print({x % 2 async for x in agen(5)})
    gen = (x * 10 async for x in agen(3))
    print(type(gen).__name__, [v async for v in gen])
    print([await double(x) async for x in agen(3) if x])

asyncio.run(main())
