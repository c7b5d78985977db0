# The learner tries cancel() from the list of Task methods.
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(1)
    print('worker - Done it')
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.05)
    print('cancel() returned', task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print('the task was cancelled')
    print('task.cancelled():', task.cancelled())
    print('task.done():', task.done())

asyncio.run(do_something())
