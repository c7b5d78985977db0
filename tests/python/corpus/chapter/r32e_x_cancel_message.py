# cancel with a message and print it in the worker
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print('worker - cancelled with args', e.args)
        raise

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    task.cancel('taking too long')
    try:
        await task
    except asyncio.CancelledError as e:
        print('do_something - caught', e.args)
    print('cancelled?', task.cancelled())

asyncio.run(do_something())
