import asyncio

async def job(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('job', n, 'cancelled')
        raise

async def main():
    g = asyncio.gather(job(1), job(2))
    await asyncio.sleep(0)
    print('cancel returns', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', g.cancelled())
    print('cancel again', g.cancel())

asyncio.run(main())
