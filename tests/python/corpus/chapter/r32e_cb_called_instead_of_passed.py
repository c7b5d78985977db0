# wrote add_done_callback(print_it(task)) - calling it too early
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

def print_it(task):
    print('print_it result:', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it(task))
    await task

asyncio.run(do_something())
