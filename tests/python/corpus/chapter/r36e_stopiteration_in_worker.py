# my worker pulls the next job from an iterator with next() and runs out of jobs
import asyncio

jobs = iter(['job-1', 'job-2'])

async def worker(label):
    await asyncio.sleep(0.05)
    job = next(jobs)
    print(f'worker {label} took {job}')
    return job

async def do_something():
    results = []
    for label in 'ABC':
        results.append(await worker(label))
    print('results:', results)

asyncio.run(do_something())
