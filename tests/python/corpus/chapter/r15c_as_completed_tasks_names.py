# 34.6.2 given named tasks; the yielded awaitables are not the tasks themselves
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return f'{label} after {delay}'

async def do_something():
    tasks = [asyncio.create_task(worker(l, d), name=l) for l, d in [('A', 0.2), ('B', 0.1)]]
    for fut in asyncio.as_completed(tasks):
        print('is one of the tasks?', fut in tasks)
        print('result:', await fut)
    print('names:', [t.get_name() for t in tasks])

asyncio.run(do_something())
