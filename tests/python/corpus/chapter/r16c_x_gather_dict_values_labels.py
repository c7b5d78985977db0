# 34.6.1 with a dict of label to coroutine: gather of its values, zipped back with its keys
import asyncio
import random

async def worker(label):
    print(f'Worker {label} - will take some time')
    await asyncio.sleep(0.1)
    return random.randint(1, 10)

async def do_something():
    jobs = {label: worker(label) for label in ('A', 'B', 'C')}
    results = await asyncio.gather(*jobs.values())
    print('results from calls:', dict(zip(jobs, results)))
    print('best:', max(zip(results, jobs)))

random.seed(4)
asyncio.run(do_something())
