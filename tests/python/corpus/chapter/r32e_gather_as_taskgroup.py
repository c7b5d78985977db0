# rewrote the gather listing with a TaskGroup from 3.11
import asyncio
import random

random.seed(5)

async def worker(label):
    print('Worker', label, '- will take some time')
    await asyncio.sleep({'A': 0.03, 'B': 0.01, 'C': 0.02}[label])
    result = random.randint(1, 10)
    print('Worker', label, '- Done it')
    return result

async def do_something():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(worker(x)) for x in 'ABC']
    print('results from calls:', [t.result() for t in tasks])

asyncio.run(do_something())
