# 34.5 with a named task; its name and done-ness printed, and set_name
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 42

def print_it(task):
    print('print_it:', task.get_name(), task.result())

async def do_something():
    task = asyncio.create_task(worker(), name='the-worker')
    task.add_done_callback(print_it)
    print('name before:', task.get_name())
    task.set_name('renamed-worker')
    await task
    print('after:', task.get_name(), task.done(), task.cancelled())
    print('current task:', asyncio.current_task().get_name().startswith('Task-'))

asyncio.run(do_something())
