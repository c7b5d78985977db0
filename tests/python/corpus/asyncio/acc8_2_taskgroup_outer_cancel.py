# The task running a TaskGroup is cancelled from outside: children cancelled, CancelledError propagates (no group).
import asyncio

async def child(n):
    try:
        await asyncio.sleep(1)
    finally:
        print('child', n, 'finally')

async def runner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(1))
        tg.create_task(child(2))

async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('runner cancelled:', t.cancelled())

asyncio.run(main())
