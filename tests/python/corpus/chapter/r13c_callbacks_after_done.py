# A callback added after the task is already done still runs, but not at once.
import asyncio

async def worker():
    print('worker - running')
    await asyncio.sleep(0.02)
    return 42

def print_it(task):
    print('print_it result:', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    await task
    print('do_something - task.done():', task.done())
    task.add_done_callback(print_it)
    print('do_something - callback added')
    await asyncio.sleep(0)
    print('do_something - after one sleep(0)')

asyncio.run(do_something())
