# naming tasks and printing the name in the callback
import asyncio

async def worker(delay):
    await asyncio.sleep(delay)
    return delay

def print_it(task):
    print(f'{task.get_name()} finished with {task.result()}')

async def do_something():
    tasks = [asyncio.create_task(worker(d), name=f'job-{i}')
             for i, d in enumerate([0.05, 0.01, 0.03])]
    for t in tasks:
        t.add_done_callback(print_it)
    await asyncio.wait(tasks)
    print('names:', [t.get_name() for t in tasks])

asyncio.run(do_something())
