# 34.5 with the task cancelled right after the callback is added
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(1)
    print('worker - Done it')
    return 42

def print_it(task):
    if task.cancelled():
        print('print_it: task was cancelled')
    else:
        print('print_it result:', task.result())

async def do_something():
    print('do_something - create task for worker')
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('do_something - CancelledError caught')
    print('do_something - task.cancelled():', task.cancelled())
    print('do_something - task.done():', task.done())

asyncio.run(do_something())
print('Main - Done')
