# wrote the callback without the task parameter
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

def print_it():
    print('print_it called')

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await task
    await asyncio.sleep(0.01)
    print('do_something - finished, result', task.result())

asyncio.run(do_something())
