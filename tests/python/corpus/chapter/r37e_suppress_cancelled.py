# contextlib.suppress(CancelledError) around awaiting a task I cancelled
import asyncio
import contextlib

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(1)
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.02)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
        print('not reached')
    print('cancelled quietly:', task.cancelled())
    async with contextlib.nullcontext('x') as value:
        print('nullcontext gave', value)

asyncio.run(do_something())
