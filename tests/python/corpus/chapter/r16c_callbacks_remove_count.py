# 34.5 with remove_done_callback's count of callbacks removed
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 42

def print_it(task):
    print('print_it result:', task.result())

def other(task):
    print('other sees done:', task.done())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    task.add_done_callback(print_it)
    task.add_done_callback(other)
    print('removed:', task.remove_done_callback(print_it))
    print('removed again:', task.remove_done_callback(print_it))
    await task
    print('do_something - task.result():', task.result())

asyncio.run(do_something())
