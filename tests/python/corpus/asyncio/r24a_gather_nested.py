import asyncio

async def leaf(v, d):
    await asyncio.sleep(d)
    return v

async def main():
    inner1 = asyncio.gather(leaf(1, 0.03), leaf(2, 0.01))
    inner2 = asyncio.gather(leaf(3, 0.02), asyncio.gather(leaf(4, 0.01), leaf(5, 0)))
    outer = await asyncio.gather(inner1, inner2, leaf(6, 0))
    print(outer)
    print(type(inner1).__name__, inner1.done())
    print(repr(inner1))

asyncio.run(main())
