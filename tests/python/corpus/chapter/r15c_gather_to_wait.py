# 34.6.1 rewritten with asyncio.wait: done is a set, so the results are sorted
import asyncio
import random

async def worker(i):
    await asyncio.sleep(0.1 * i)
    return i, random.randint(1, 10)

async def do_something():
    tasks = [asyncio.create_task(worker(i)) for i in range(1, 4)]
    done, pending = await asyncio.wait(tasks)
    print('done:', len(done), 'pending:', len(pending))
    results = sorted(t.result() for t in done)
    print('results from calls:', results)
    print('in task order:', [t.result()[1] for t in tasks])

random.seed(11)
asyncio.run(do_something())
