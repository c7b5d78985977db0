# test_taskgroups: cancelling the task running a TaskGroup cancels the children and raises CancelledError
import asyncio

cancelled = []

async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled.append(n)
        raise

async def runner():
    async with asyncio.TaskGroup() as tg:
        for n in range(3):
            tg.create_task(child(n))
    print('not reached')

async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('runner cancelled', t.cancelled(), sorted(cancelled))

asyncio.run(main())
