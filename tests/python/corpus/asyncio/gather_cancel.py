# Cancelling a gather cancels its children; a cancelled child makes gather raise CancelledError.
import asyncio

async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise

async def main():
    g = asyncio.gather(child('a'), child('b'))
    await asyncio.sleep(0.05)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled:', g.cancelled())
    t1 = asyncio.create_task(child('c'))
    t2 = asyncio.create_task(asyncio.sleep(0.1, result='d ok'))
    g2 = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0.05)
    t1.cancel()
    print(await g2)

asyncio.run(main())
