# the gather listing's workers rewritten to take jobs from an asyncio.Queue
import asyncio
import random

async def worker(name, queue, results):
    while True:
        job = await queue.get()
        await asyncio.sleep(0.1)
        results.append((job, name, random.randint(1, 10)))
        print(f'Worker {name} - Done {job}')
        queue.task_done()

async def do_something():
    queue = asyncio.Queue()
    for job in ['j1', 'j2', 'j3', 'j4', 'j5']:
        queue.put_nowait(job)
    results = []
    workers = [asyncio.create_task(worker(n, queue, results)) for n in 'XY']
    await queue.join()
    for w in workers:
        w.cancel()
    print('results from calls:', results)

random.seed(12)
asyncio.run(do_something())
