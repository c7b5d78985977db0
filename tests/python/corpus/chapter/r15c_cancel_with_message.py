# 34.5's cancel() given a message, which the CancelledError carries
import asyncio

async def worker():
    print('worker - will take some time')
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print('worker - cancelled with args', e.args)
        raise
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    task.cancel('taking too long')
    try:
        await task
    except asyncio.CancelledError as e:
        print('do_something - caught', type(e).__name__, e.args)
    print('do_something - task.cancelled():', task.cancelled())

asyncio.run(do_something())
