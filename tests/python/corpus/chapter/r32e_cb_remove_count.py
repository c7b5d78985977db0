# add print_it twice then remove it - how many were removed?
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

def print_it(task):
    print('print_it result:', task.result())

def other(task):
    print('other result:', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    task.add_done_callback(other)
    task.add_done_callback(print_it)
    print('removed', task.remove_done_callback(print_it))
    print('removed again', task.remove_done_callback(print_it))
    await task

asyncio.run(do_something())
