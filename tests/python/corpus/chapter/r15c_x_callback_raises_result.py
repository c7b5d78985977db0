# a done callback reads result() of a failed task: the loop logs the error
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    raise ValueError('worker failed')

def print_it(task):
    print('print_it result:', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    try:
        await task
    except ValueError as e:
        print('do_something - caught:', e)
    await asyncio.sleep(0)
    print('do_something - finished')

asyncio.run(do_something())
