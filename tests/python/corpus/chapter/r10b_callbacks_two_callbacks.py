# 34.5 with a second callback, and the order they run in.
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    print('worker - Done it')
    return 42

def print_it(task):
    print('print_it result:', task.result())

def shout(task):
    print('shout:', str(task.result()).upper(), 'done?', task.done())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    task.add_done_callback(shout)
    await task
    print('do_something - task.result():', task.result())

asyncio.run(do_something())
