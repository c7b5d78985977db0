# my callback divides by the result, which is zero: where does the error go?
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 0

def print_it(task):
    print('print_it ratio:', 10 / task.result())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await task
    await asyncio.sleep(0.01)
    print('do_something - still running after the callback failed')

asyncio.run(do_something())
print('Main - Done')
