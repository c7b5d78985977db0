# the task running a TaskGroup is cancelled: children cancelled, CancelledError propagates
import asyncio

async def child(n):
    try:
        await asyncio.sleep(1)
    finally:
        print('child', n, 'exits')

async def parent():
    async with asyncio.TaskGroup() as tg:
        for n in range(1):
            tg.create_task(child(n))
    print('not reached')

async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print('parent cancelled:', p.cancelled(), 'cancelling:', p.cancelling())

asyncio.run(main())
