# The task running a TaskGroup is cancelled from outside: children cancelled, CancelledError propagates (no group).
import asyncio
# (The children's finally blocks are in the order of a set of tasks, CPython's by address: printed sorted.)

finished = []

async def child(n):
    try:
        await asyncio.sleep(1)
    finally:
        finished.append(f'child {n} finally')

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
    print(sorted(finished))

asyncio.run(main())
