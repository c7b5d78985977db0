# Async comprehensions: list, set, dict, and filtered, from an async generator
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    print([x async for x in agen(5)])
    print(sorted({x % 3 async for x in agen(7)}))
    print({x: x * x async for x in agen(4) if x})
    print([await asyncio.sleep(0, result=x) for x in range(3)])
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__, [y async for y in g])

asyncio.run(main())
