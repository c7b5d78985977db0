# next() on an async generator and anext() without await.
import asyncio

async def ticks():
    for i in range(2):
        yield i

async def main():
    g = ticks()
    print(await anext(g))
    print(anext(g).__class__.__name__ != "int")
    print(next(g))

asyncio.run(main())
