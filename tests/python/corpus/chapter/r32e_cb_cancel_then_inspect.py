# cancelled the task and looked at cancelled(), done(), and the callback
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.5)
    print('worker - Done it')
    return 42

def print_it(task):
    print('print_it cancelled?', task.cancelled())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await asyncio.sleep(0.02)
    print('cancel() returned', task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print('do_something - CancelledError caught')
    print('do_something - task.cancelled():', task.cancelled())
    print('do_something - task.done():', task.done())
    try:
        task.result()
    except asyncio.CancelledError as e:
        print('result() raised', type(e).__name__)

asyncio.run(do_something())
