# An asyncio.PriorityQueue of ordered dataclass jobs; ties broken by a counter field
import asyncio
from dataclasses import dataclass, field
from itertools import count

_seq = count()

@dataclass(order=True)
class Job:
    priority: int
    seq: int = field(default_factory=lambda: next(_seq))
    name: str = field(compare=False, default="")

async def worker(wid, q, done):
    while True:
        job = await q.get()
        await asyncio.sleep(0.01 * job.priority)
        done.append((wid, job.name))
        q.task_done()

async def main():
    q = asyncio.PriorityQueue()
    for p, n in [(3, "low"), (1, "urgent"), (2, "mid"), (1, "urgent2"), (3, "low2")]:
        q.put_nowait(Job(p, name=n))
    print(q.qsize(), q._queue[0] if False else "")
    done = []
    w = asyncio.create_task(worker(1, q, done))
    await q.join()
    w.cancel()
    print(done)
    print(Job(1) < Job(1), Job(2, 0, "a") == Job(2, 0, "b"))

asyncio.run(main())
