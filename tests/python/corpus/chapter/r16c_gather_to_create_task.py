# 34.6.1 rewritten with create_task and awaiting each task in turn
import asyncio
import random

async def worker(n):
    print(f'Worker {n} - will take some time')
    await asyncio.sleep(0.2)
    result = random.randint(1, 10)
    print(f'Worker {n} - Done it')
    return result

async def do_something():
    print('do_something - will wait for worker')
    tasks = [asyncio.create_task(worker(n)) for n in range(3)]
    print('tasks created, none started yet')
    results = []
    for t in tasks:
        results.append(await t)
    print('results from calls:', results)

random.seed(1)
asyncio.run(do_something())
