# the gather object is a _GatheringFuture with the Future API
import asyncio

async def v(n):
    return n

async def main():
    g = asyncio.gather(v(1), v(2))
    print(type(g).__name__, asyncio.isfuture(g), g.done())
    print(await g)
    print(g.done(), g.result())
    print(repr(g))

asyncio.run(main())
