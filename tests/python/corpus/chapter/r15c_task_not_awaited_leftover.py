# 34.5 with the await forgotten: do_something ends and the task is cancelled
import asyncio

async def worker():
    print('worker - will take some time')
    try:
        await asyncio.sleep(0.5)
        print('worker - Done it')
    except asyncio.CancelledError:
        print('worker - cancelled by asyncio.run')
        raise
    return 42

def print_it(task):
    print('print_it cancelled:', task.cancelled())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await asyncio.sleep(0.1)
    print('do_something - finished without awaiting')

print('Main - Starting')
asyncio.run(do_something())
print('Main - Done')
