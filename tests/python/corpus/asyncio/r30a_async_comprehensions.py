# Async comprehensions: async for in list/set/dict comprehensions and await inside them
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def sq(x):
    await asyncio.sleep(0)
    return x * x

async def main():
    print([x async for x in agen(5) if x % 2 == 0])
    print({x: await sq(x) async for x in agen(4)})
    print(sorted({await sq(x) for x in range(-3, 4)}))
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__, [v async for v in g])
    print([await sq(y) for y in [x async for x in agen(3)]])

asyncio.run(main())
