# The gather listing rewritten with asyncio.TaskGroup (Python 3.11)
import asyncio
import random

async def worker(i):
    print(f'Worker {i} - will take some time')
    await asyncio.sleep(0.1 * (3 - i))
    result = random.randint(1, 10)
    print(f'Worker {i} - Done it')
    return result

async def do_something():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(worker(i)) for i in range(3)]
    print('results from calls:', [t.result() for t in tasks])

random.seed(3)
asyncio.run(do_something())
