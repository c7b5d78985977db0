# 34.5 with functools.partial giving the callback a label and a list to fill
import asyncio
from functools import partial

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    print('worker - Done it')
    return 42

def print_it(label, store, task):
    store.append(task.result())
    print(f'{label} print_it result:', task.result())

async def do_something():
    store = []
    task = asyncio.create_task(worker())
    task.add_done_callback(partial(print_it, 'first'))
    task.add_done_callback(partial(print_it, 'second', store))
    await task
    await asyncio.sleep(0)
    print('do_something - store:', store)

asyncio.run(do_something())
