# cancelled() right after cancel() is still False until the task has run
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        print('worker - finally block runs')

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print('cancel() ->', task.cancel())
    print('cancelled() right away ->', task.cancelled(), 'done() ->', task.done())
    print('cancel() again ->', task.cancel())
    await asyncio.sleep(0)
    print('cancelled() a step later ->', task.cancelled())
    print('cancel() on a done task ->', task.cancel())

asyncio.run(do_something())
