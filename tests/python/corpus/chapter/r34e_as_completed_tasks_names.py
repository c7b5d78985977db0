# as_completed over named tasks; the awaited thing is not the task so I look up names differently
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

async def do_something():
    tasks = [asyncio.create_task(worker(l, d), name=f'task-{l}')
             for l, d in [('A', 0.3), ('B', 0.1), ('C', 0.2)]]
    for i, fut in enumerate(asyncio.as_completed(tasks), 1):
        print('is it one of my tasks?', fut in tasks)
        label = await fut
        print(i, label)
    print([t.get_name() for t in tasks])

asyncio.run(do_something())
