# wrote add_done_callback(print_it()) with parentheses
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

def print_it(task):
    print('print_it result:', task.result())

async def do_something():
    print('do_something - create task for worker')
    task = asyncio.create_task(worker())
    print('do_something - add a callback')
    task.add_done_callback(print_it())
    await task

asyncio.run(do_something())
