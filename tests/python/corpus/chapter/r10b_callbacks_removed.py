# remove_done_callback before the task finishes.
import asyncio

async def worker():
    await asyncio.sleep(0.05)
    return 42

def print_it(task):
    print('print_it result:', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    task.add_done_callback(print_it)
    removed = task.remove_done_callback(print_it)
    print('removed:', removed)
    await task
    print('done:', task.done())

asyncio.run(do_something())
