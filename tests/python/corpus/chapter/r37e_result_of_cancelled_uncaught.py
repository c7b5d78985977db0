# cancelled the task and then printed task.result() like in the book's listing
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(1)
    return 42

def print_it(task):
    print('print_it cancelled?', task.cancelled())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    await asyncio.sleep(0.05)
    task.cancel()
    await asyncio.sleep(0)
    print('do_something - task.cancelled():', task.cancelled())
    print('do_something - task.done():', task.done())
    print('do_something - task.result():', task.result())
    print('do_something - finished')

asyncio.run(do_something())
