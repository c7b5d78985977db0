# PriorityQueue of dataclass jobs (order=True, payload not compared) handled by two workers
import asyncio
from dataclasses import dataclass, field

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    payload: dict = field(default_factory=dict, compare=False)

async def worker(wid, q, log):
    while True:
        job = await q.get()
        log.append((job.priority, job.name))
        await asyncio.sleep(0.01)
        q.task_done()

async def main():
    q = asyncio.PriorityQueue()
    for p, n in [(5, "low"), (1, "urgent"), (3, "normal"), (1, "also-urgent"), (4, "meh")]:
        q.put_nowait(Job(p, n, {"n": n}))
    log = []
    workers = [asyncio.create_task(worker(i, q, log)) for i in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    print(log)
    print(Job(1, "x") == Job(1, "y"), Job(2, "a") > Job(1, "b"))
    q2 = asyncio.PriorityQueue()
    q2.put_nowait({"p": 1})
    q2.put_nowait({"p": 2})

asyncio.run(main())
