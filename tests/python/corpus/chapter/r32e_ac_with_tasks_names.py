# as_completed over named tasks - but the awaited thing is not the task
import asyncio

async def worker(delay):
    await asyncio.sleep(delay)
    return delay

async def do_something():
    tasks = [asyncio.create_task(worker(d), name=f'w{d}') for d in (0.3, 0.1, 0.2)]
    for fut in asyncio.as_completed(tasks):
        print('is a task from my list?', fut in tasks)
        value = await fut
        print('value', value)
    print([t.get_name() for t in tasks])

asyncio.run(do_something())
