# functools.partial to give the callback a label
import asyncio
from functools import partial

async def worker(delay):
    await asyncio.sleep(delay)
    return round(delay * 100)

def report(label, task, *, unit='pts'):
    print(f'[{label}] {task.result()} {unit}')

async def do_something():
    t1 = asyncio.create_task(worker(0.03))
    t2 = asyncio.create_task(worker(0.01))
    t1.add_done_callback(partial(report, 'slow'))
    t2.add_done_callback(partial(report, 'fast', unit='points'))
    print(await t1, await t2)

asyncio.run(do_something())
