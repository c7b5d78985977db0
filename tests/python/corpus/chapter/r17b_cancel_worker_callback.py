# The 34.5 listing with cancel(): the callback sees a cancelled task
import asyncio

async def worker():
    print('worker - will take some time')
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('worker - cancelled while sleeping')
        raise
    return 42

def print_it(task):
    if task.cancelled():
        print('print_it: task was cancelled')
    else:
        print('print_it result:', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await asyncio.sleep(0.1)
    print('cancel returned', task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print('do_something - caught CancelledError')
    print('cancelled():', task.cancelled(), 'done():', task.done())

asyncio.run(do_something())
