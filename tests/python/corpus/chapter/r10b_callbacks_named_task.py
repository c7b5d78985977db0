# create_task with a name; the callback prints the name.
import asyncio

async def worker():
    await asyncio.sleep(0.05)
    return 42

def print_it(task):
    print(f'{task.get_name()} finished with {task.result()}')

async def do_something():
    task = asyncio.create_task(worker(), name='worker-1')
    print('name:', task.get_name())
    task.add_done_callback(print_it)
    await task
    task.set_name('renamed')
    print('now:', task.get_name())

asyncio.run(do_something())
