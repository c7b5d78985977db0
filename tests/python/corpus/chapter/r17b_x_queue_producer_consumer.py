# Producer and consumers over an asyncio.Queue with join() and task_done(), counts per consumer
import asyncio
import random
from collections import Counter

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0.01)
    print('producer done')

async def consumer(name, q, done):
    while True:
        item = await q.get()
        await asyncio.sleep(random.choice([0.02, 0.05]))
        done[name] += 1
        q.task_done()

async def main():
    random.seed(4)
    q = asyncio.Queue(maxsize=3)
    done = Counter()
    workers = [asyncio.create_task(consumer(f'c{i}', q, done)) for i in range(2)]
    await producer(q, 8)
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(sum(done.values()), [type(r).__name__ for r in res], q.empty(), q.full())

asyncio.run(main())
