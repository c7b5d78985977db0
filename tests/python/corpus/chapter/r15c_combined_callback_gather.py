# 34.5's callback on each of 34.6.1's gathered tasks
import asyncio
import random

async def worker(n):
    await asyncio.sleep(0.1 * n)
    return random.randint(1, 10)

def print_it(task):
    print(f'print_it {task.get_name()} result:', task.result())

async def do_something():
    tasks = []
    for n in (2, 1, 3):
        task = asyncio.create_task(worker(n), name=f'worker-{n}')
        task.add_done_callback(print_it)
        tasks.append(task)
    results = await asyncio.gather(*tasks)
    print('results from calls:', results)

random.seed(8)
asyncio.run(do_something())
