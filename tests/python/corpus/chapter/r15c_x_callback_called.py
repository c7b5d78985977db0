# add_done_callback given print_it() called, then given two arguments
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 42

def print_it(task):
    print('print_it result:', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    try:
        task.add_done_callback(print_it())
    except TypeError as e:
        print('TypeError:', e)
    try:
        task.add_done_callback(print_it, 'extra')
    except TypeError as e:
        print('TypeError:', e)
    task.add_done_callback(print_it)
    await task

asyncio.run(do_something())
