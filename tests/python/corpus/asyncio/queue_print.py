# Printing a Queue shows its size limit, items, waiting getters and putters
# and unfinished tasks, as CPython's str(); repr() adds the address.
import asyncio

async def main():
    q = asyncio.Queue()
    print(q)
    await q.put('job1')
    await q.put('job2')
    print(q, f'{q}')
    print(repr(q).startswith('<Queue at 0x'), repr(q).endswith(" maxsize=0 _queue=['job1', 'job2'] tasks=2>"))
    await q.get()
    q.task_done()
    print(q)
    await q.get()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(q)
    getter.cancel()
    small = asyncio.Queue(maxsize=1)
    small.put_nowait(1)
    putter = asyncio.create_task(small.put(2))
    await asyncio.sleep(0)
    print(small)
    putter.cancel()
    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
        pq.put_nowait(item)
    print(pq)
    lq = asyncio.LifoQueue(maxsize=5)
    lq.put_nowait('x')
    print(lq)

asyncio.run(main())

# items of equal priority leave a PriorityQueue in the heap's order
from dataclasses import dataclass, field

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)

async def drain():
    pq = asyncio.PriorityQueue()
    for i, p in enumerate([2, 1, 2, 1, 2, 1, 2]):
        await pq.put(Job(p, f'job{i}'))
    print([(await pq.get()).name for _ in range(pq.qsize())])

asyncio.run(drain())
