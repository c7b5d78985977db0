# Async comprehensions: list, dict and set forms over an async generator, await inside a comprehension, a filtered one.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def square(x):
    return x * x

async def main():
    print([x async for x in agen(5)])
    print({x: await square(x) async for x in agen(3)})
    print([await square(x) for x in range(4)])
    print({x % 3 async for x in agen(7)})
    print([x async for x in agen(10) if x % 3 == 0])

asyncio.run(main())
