# what happens if I add the callback after awaiting the task? it still runs, just later
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.05)
    print('worker - Done it')
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
    print('do_something - finished')

asyncio.run(do_something())
