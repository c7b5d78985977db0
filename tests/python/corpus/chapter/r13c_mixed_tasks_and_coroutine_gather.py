import asyncio

async def worker(label, delay):
    print(f'{label} start')
    await asyncio.sleep(delay)
    print(f'{label} end')
    return label

async def do_something():
    t1 = asyncio.create_task(worker('task-1', 0.04))
    t2 = asyncio.create_task(worker('task-2', 0.02))
    print('created two tasks, nothing printed yet')
    results = await asyncio.gather(t1, worker('coro', 0.03), t2)
    print(results)

asyncio.run(do_something())
