# cancelling the gather future itself cancels all the workers
import asyncio

async def worker(label):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('worker', label, 'cancelled')
        raise

async def main():
    g = asyncio.gather(worker('A'), worker('B'), worker('C'))
    await asyncio.sleep(0.01)
    print('cancel returned', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled:', g.cancelled())

asyncio.run(main())
