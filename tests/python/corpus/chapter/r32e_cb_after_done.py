# adding a callback after the task has already finished
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

def print_it(task):
    print('print_it result:', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    await task
    print('task finished, now adding callback')
    task.add_done_callback(print_it)
    print('callback added (not run yet?)')
    await asyncio.sleep(0)
    print('after sleep(0)')

asyncio.run(do_something())
