# the task running a TaskGroup is cancelled: children cancelled, CancelledError out
import asyncio

gone = []

async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        gone.append(name)
        raise

async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in ('c1', 'c2'):
                tg.create_task(child(n))
            print('parent waiting in body')
    except asyncio.CancelledError:
        print('parent sees CancelledError, cancelling =', asyncio.current_task().cancelling())
        raise
    except BaseException as e:
        print('parent sees', type(e).__name__)

async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.05)
    t.cancel()
    res = await asyncio.gather(t, return_exceptions=True)
    print('cancelled children:', sorted(gone))
    print('result:', type(res[0]).__name__, 'cancelled:', t.cancelled())

asyncio.run(main())
