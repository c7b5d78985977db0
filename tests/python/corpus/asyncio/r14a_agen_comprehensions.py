# test_asyncgen: async comprehensions, an async generator expression and await in a comprehension
import asyncio

async def arange(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    return 2 * x

async def main():
    print([x async for x in arange(5) if x % 2])
    print({x: await double(x) async for x in arange(3)})
    print([await double(x) for x in range(3)])
    ge = (x * x async for x in arange(4))
    print(type(ge).__name__, [y async for y in ge])
    print(sorted({x % 3 async for x in arange(7)}))

asyncio.run(main())
