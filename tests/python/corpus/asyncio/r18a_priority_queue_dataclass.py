# PriorityQueue of ordered dataclasses and LifoQueue, drained by a consumer task
import asyncio
from dataclasses import dataclass, field

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)

async def consumer(q, out):
    while True:
        job = await q.get()
        out.append(f'{job.priority}:{job.name}')
        q.task_done()

async def main():
    q = asyncio.PriorityQueue()
    for p, n in [(3, 'low'), (1, 'urgent'), (2, 'normal'), (1, 'also urgent')]:
        await q.put(Job(p, n))
    out = []
    c = asyncio.create_task(consumer(q, out))
    await q.join()
    c.cancel()
    print(out)
    lq = asyncio.LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(lq.qsize())])
    pq = asyncio.PriorityQueue()
    pq.put_nowait((1, {'a': 1}))
    try:
        pq.put_nowait((1, {'b': 2}))
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
