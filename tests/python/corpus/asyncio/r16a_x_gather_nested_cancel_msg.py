# A cancel message given to an outer gather reaches the leaves through an inner gather
import asyncio
async def leaf(n):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print('leaf', n, e.args)
        raise
async def mid():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print('mid', e.args)
        raise
async def main():
    inner = asyncio.gather(leaf(1), leaf(2))
    outer = asyncio.gather(inner, leaf(3), asyncio.ensure_future(mid()))
    await asyncio.sleep(0.1)
    outer.cancel('deep')
    r = await asyncio.gather(outer, return_exceptions=True)
    print(type(r[0]).__name__, r[0].args)
    try:
        inner.result()
    except asyncio.CancelledError as e:
        print('inner', e.args)
asyncio.run(main())
