# 34.5 with the task cancelled while the worker sleeps; the worker sees it
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
    print('print_it cancelled?', task.cancelled())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await asyncio.sleep(0.2)
    print('do_something - cancel returns', task.cancel())
    await asyncio.sleep(0)
    print('do_something - done after one turn:', task.done())
    try:
        task.result()
    except asyncio.CancelledError:
        print('do_something - result() raised CancelledError')
    print('do_something - cancel again returns', task.cancel())

asyncio.run(do_something())
