# 34.5 with a callback added twice and then removed: remove returns the count
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    print('worker - Done it')
    return 42

def print_it(task):
    print('print_it result:', task.result())

def shout(task):
    print('SHOUT', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    task.add_done_callback(shout)
    task.add_done_callback(print_it)
    print('removed:', task.remove_done_callback(print_it))
    print('removed again:', task.remove_done_callback(print_it))
    await task
    await asyncio.sleep(0)
    print('do_something - finished')

asyncio.run(do_something())
