# What gather() returns: a _GatheringFuture, a Future subclass.
import asyncio

async def val(x):
    await asyncio.sleep(0)
    return x

async def main():
    g = asyncio.gather(val(1), val(2))
    print(repr(g), isinstance(g, asyncio.Future), type(g).__name__)
    print(await g)
    print(repr(g))
    g2 = asyncio.gather(val(3))
    g2.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        print(repr(g2), g2.cancelled())
    g3 = asyncio.gather(asyncio.sleep(1))
    await asyncio.sleep(0)
    g3.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(repr(g3), g3.cancelled())

asyncio.run(main())
