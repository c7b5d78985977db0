# Cancelling the task that runs a TaskGroup: children are cancelled, CancelledError (not a group) comes out
# (in the order of a set of tasks: printed sorted)
import asyncio

seen = []

async def child(n):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        seen.append(n)
        raise

async def runner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            tg.create_task(child(2))
    except BaseException as e:
        print('runner sees', type(e).__name__, 'children cancelled', sorted(seen))
        raise

async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('runner cancelled', t.cancelled())

asyncio.run(main())
