# tried to start another asyncio.run from inside the done callback
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def report(value):
    print('report', value)

def print_it(task):
    print('print_it result:', task.result())
    asyncio.run(report(task.result()))

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await task
    await asyncio.sleep(0)
    print('do_something - finished')

asyncio.run(do_something())
