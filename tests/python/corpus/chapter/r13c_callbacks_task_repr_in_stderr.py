# The callback's parameter is wrong, so the loop logs the call that failed.
import asyncio

async def worker():
    await asyncio.sleep(0.02)
    return 42

def print_it():
    print('print_it called')

async def do_something():
    task = asyncio.create_task(worker(), name='the-worker')
    task.add_done_callback(print_it)
    await task
    await asyncio.sleep(0)
    print('do_something - result:', task.result())

asyncio.run(do_something())
