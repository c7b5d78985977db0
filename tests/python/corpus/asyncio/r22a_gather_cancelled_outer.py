# Cancelling a gather cancels every child still running.
import asyncio

async def child(n):
    try:
        await asyncio.sleep(n * 0.1 + 0.1 if n else 0)
        return n
    except asyncio.CancelledError:
        print('child', n, 'cancelled')
        raise

async def main():
    g = asyncio.gather(child(0), child(1), child(2))
    await asyncio.sleep(0.05)
    print('cancel ->', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled:', g.cancelled())

asyncio.run(main())
# (end of the program)
