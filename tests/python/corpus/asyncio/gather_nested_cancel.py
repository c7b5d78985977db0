# Cancelling an outer gather cancels a nested gather and all of their children.
import asyncio

async def leaf(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise

async def main():
    inner = asyncio.gather(leaf('inner-1'), leaf('inner-2'))
    outer = asyncio.gather(inner, leaf('outer-1'))
    await asyncio.sleep(0.05)
    print('cancel returns', outer.cancel())
    try:
        await outer
    except asyncio.CancelledError:
        print('outer raised CancelledError')
    print('inner cancelled:', inner.cancelled(), '| outer cancelled:', outer.cancelled())
    results = await asyncio.gather(asyncio.gather(asyncio.sleep(0.01, 'x')), asyncio.sleep(0, 'y'))
    print(results)

asyncio.run(main())
