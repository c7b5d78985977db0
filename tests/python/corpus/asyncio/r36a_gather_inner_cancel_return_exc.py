# An inner gather cancelled by hand, seen by an outer gather with return_exceptions=True
import asyncio


async def leaf(v, d):
    await asyncio.sleep(d)
    return v


async def main():
    inner = asyncio.gather(leaf(1, 0.2), leaf(2, 0.2))
    outer = asyncio.gather(inner, leaf(3, 0.01), return_exceptions=True)
    await asyncio.sleep(0.05)
    print("inner.cancel():", inner.cancel())
    res = await outer
    print([type(r).__name__ for r in res], res[1])


asyncio.run(main())
