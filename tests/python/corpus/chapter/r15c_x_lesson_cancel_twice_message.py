# the cancel lesson with two cancels before the worker runs again, the second with a message
import asyncio

async def worker():
    try:
        await asyncio.sleep(3)
    except asyncio.CancelledError as e:
        print('worker - CancelledError args:', e.args)
        raise
    finally:
        print('worker - finally: clean up')

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    print('first cancel():', task.cancel())
    print('second cancel():', task.cancel('again'))
    print('cancelling():', task.cancelling())
    try:
        await task
    except asyncio.CancelledError as e:
        print('do_something - caught, args:', e.args)
    print('done:', task.done(), 'cancelled:', task.cancelled())

asyncio.run(do_something())
