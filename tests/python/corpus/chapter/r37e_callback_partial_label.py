# functools.partial so print_it knows a label as well as the task
import asyncio
from functools import partial

async def worker(n):
    await asyncio.sleep(0.02 * n)
    return n ** 3

def print_it(label, task):
    print(f'[{label}] print_it result:', task.result())

async def do_something():
    tasks = []
    for n, label in [(3, 'three'), (1, 'one'), (2, 'two')]:
        t = asyncio.create_task(worker(n))
        t.add_done_callback(partial(print_it, label))
        tasks.append(t)
    await asyncio.wait(tasks)
    print('do_something - finished')

asyncio.run(do_something())
