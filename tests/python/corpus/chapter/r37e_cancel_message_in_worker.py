# cancel with a message and the worker catches CancelledError to print it, then re-raises
import asyncio

async def worker():
    try:
        print('worker - will take some time')
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print('worker - cancelled with args', e.args)
        raise
    finally:
        print('worker - finally')

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.05)
    task.cancel('user pressed stop')
    try:
        await task
    except asyncio.CancelledError as e:
        print('do_something - caught', repr(e))
    print('cancelled():', task.cancelled())

asyncio.run(do_something())
