# cancelling the gather itself: do the workers hear about it?
import asyncio

async def worker(n):
    try:
        await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        print('worker', n, 'got cancelled')
        raise
    return n

async def main():
    g = asyncio.gather(worker(1), worker(2), worker(3))
    await asyncio.sleep(0.02)
    print('cancel gather ->', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather raised CancelledError')
    print('gather cancelled?', g.cancelled())

asyncio.run(main())
