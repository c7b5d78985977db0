# Cancelling an outer gather reaches through an inner gather to the leaves
import asyncio

async def leaf(n):
    try:
        await asyncio.sleep(2)
    except asyncio.CancelledError:
        print('leaf', n, 'cancelled')
        raise

async def main():
    inner = asyncio.gather(leaf(1), leaf(2))
    outer = asyncio.gather(inner, leaf(3))
    await asyncio.sleep(0.1)
    outer.cancel()
    res = await asyncio.gather(outer, return_exceptions=True)
    print(type(res[0]).__name__, inner.cancelled(), outer.cancelled())

asyncio.run(main())
