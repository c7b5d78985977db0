# PriorityQueue of jobs as an ordered dataclass; the label is excluded from comparisons.
import asyncio
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    n: int = field(compare=False)
    label: str = field(compare=False, default="")


async def worker(q):
    while not q.empty():
        job = await q.get()
        r = 1
        for i in range(2, job.n + 1):
            r *= i
        await asyncio.sleep(0.01)
        print(f"p{job.priority} {job.label or '?'}: {job.n}! = {r}")
        q.task_done()


async def main():
    q = asyncio.PriorityQueue()
    for job in [Job(3, 10, "ten"), Job(1, 4), Job(2, 6, "six"), Job(1, 2, "two")]:
        await q.put(job)
    print(q.qsize(), "jobs, first:", q._queue[0])
    await worker(q)
    print(Job(1, 4) == Job(1, 99), Job(1, 4) < Job(2, 0))


asyncio.run(main())
