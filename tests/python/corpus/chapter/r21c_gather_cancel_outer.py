# The gather future cancelled: children are cancelled too.
import asyncio

async def worker(n):
    try:
        await asyncio.sleep(1)
        return n
    except asyncio.CancelledError:
        print(f'worker {n} cancelled')
        raise

async def main():
    g = asyncio.gather(worker(1), worker(2))
    await asyncio.sleep(0.1)
    print('cancel returns', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled:', g.cancelled())

asyncio.run(main())
