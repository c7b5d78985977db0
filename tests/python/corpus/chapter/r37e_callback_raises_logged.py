# my callback divides by the result, and the result is 0
import asyncio

async def worker():
    await asyncio.sleep(0.02)
    return 0

def print_it(task):
    print('print_it ratio:', 100 / task.result())

async def do_something():
    task = asyncio.create_task(worker(), name='zero-worker')
    task.add_done_callback(print_it)
    result = await task
    print('do_something - result:', result)
    await asyncio.sleep(0.01)
    print('do_something - still running fine')

asyncio.run(do_something())
