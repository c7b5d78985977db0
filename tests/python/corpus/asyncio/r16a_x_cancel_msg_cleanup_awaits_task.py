# A cancelled task whose cleanup awaits another task is cancelled again: the new message reaches both
import asyncio

async def flush():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print('flush cancelled with', e.args)
        raise

async def worker():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print('worker first cancel', e.args)
        try:
            await asyncio.create_task(flush())
        except asyncio.CancelledError as e2:
            print('worker second cancel', e2.args)
            raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    t.cancel('first')
    await asyncio.sleep(0.1)
    t.cancel('second')
    res = await asyncio.gather(t, return_exceptions=True)
    print('gather sees', type(res[0]).__name__, 'cancelling', t.cancelling())

asyncio.run(main())
