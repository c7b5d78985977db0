# 34.6.2 given tasks: the results carry the task names
import asyncio

async def worker(delay):
    await asyncio.sleep(delay)
    return asyncio.current_task().get_name()

async def do_something():
    tasks = [asyncio.create_task(worker(d), name=n) for n, d in (('A', 0.3), ('B', 0.1), ('C', 0.2))]
    for i, fut in enumerate(asyncio.as_completed(tasks), 1):
        print(i, await fut)
    print([t.done() for t in tasks])

asyncio.run(do_something())
