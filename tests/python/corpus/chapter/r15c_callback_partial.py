# 34.5 with the callback given a label through functools.partial
import asyncio
from functools import partial

async def worker(delay):
    await asyncio.sleep(delay)
    return f'slept {delay}'

def print_it(label, task):
    print(f'[{label}] print_it result:', task.result())

async def do_something():
    fast = asyncio.create_task(worker(0.1))
    slow = asyncio.create_task(worker(0.3))
    slow.add_done_callback(partial(print_it, 'slow'))
    fast.add_done_callback(partial(print_it, 'fast'))
    await asyncio.gather(slow, fast)
    print('do_something - finished')

asyncio.run(do_something())
