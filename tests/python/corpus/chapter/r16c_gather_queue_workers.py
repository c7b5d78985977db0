# 34.6.1 reworked as a queue of jobs shared by three workers
import asyncio
import random

async def worker(name, queue, results):
    while True:
        job = await queue.get()
        await asyncio.sleep(job / 10)
        results.append((name, job, random.randint(1, 10)))
        print(f'{name} finished job {job}')
        queue.task_done()

async def do_something():
    queue = asyncio.Queue()
    for job in [3, 1, 2, 5, 1, 2]:
        queue.put_nowait(job)
    results = []
    workers = [asyncio.create_task(worker(f'W{i}', queue, results)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    print('results from calls:', results)
    print('queue empty:', queue.empty())

random.seed(5)
asyncio.run(do_something())
