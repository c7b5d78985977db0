# Cancelling the gather future cancels its children; the gather itself reports cancelled
import asyncio

async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('child', n, 'cancelled')
        raise

async def main():
    g = asyncio.gather(child(1), child(2), child(3))
    await asyncio.sleep(0.1)
    print('cancel returns', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled:', g.cancelled())
    print('cancel again', g.cancel())

asyncio.run(main())
