# A cancel with a message arriving inside asyncio.timeout(): it is a CancelledError, not a TimeoutError
import asyncio

async def job():
    try:
        async with asyncio.timeout(5) as cm:
            await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print('job', e.args, 'expired', cm.expired())
        raise
    except TimeoutError:
        print('not a timeout')

async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(0.1)
    t.cancel('outside')
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__, t.cancelling())

asyncio.run(main())
