# the task's result is a coroutine (forgot an await) and my callback prints what it got
import asyncio

async def fetch():
    await asyncio.sleep(0.05)
    return 'data'

async def worker():
    await asyncio.sleep(0.05)
    return fetch()

def print_it(task):
    r = task.result()
    print('print_it result type:', type(r).__name__, '| name:', r.__name__)

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await task
    print('do_something - task.done():', task.done())
    task = None
    print('do_something - finished')

asyncio.run(do_something())
print('Main - Done')
