# added print_it three times and removed it: how many does remove take away?
import asyncio

async def worker():
    await asyncio.sleep(0.02)
    return 42

def print_it(task):
    print('print_it result:', task.result())

def other(task):
    print('other sees', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    for cb in (print_it, other, print_it, print_it):
        task.add_done_callback(cb)
    print('removed', task.remove_done_callback(print_it))
    print('removed again', task.remove_done_callback(print_it))
    task.add_done_callback(print_it)
    await task
    await asyncio.sleep(0)
    print('removed after done', task.remove_done_callback(other))

asyncio.run(do_something())
