# An async pipeline passing frozen dataclass jobs through two queues, with statistics at the end.
import asyncio
import statistics
from dataclasses import dataclass, field, replace

@dataclass(frozen=True)
class Job:
    id: int
    size: int
    stages: tuple = field(default=())

async def stage(name, inbox, outbox, delay):
    while (job := await inbox.get()) is not None:
        await asyncio.sleep(delay * job.size)
        await outbox.put(replace(job, stages=job.stages + (name,)))
    await outbox.put(None)

async def main():
    q1, q2, done = asyncio.Queue(), asyncio.Queue(), asyncio.Queue()
    workers = [asyncio.create_task(stage("parse", q1, q2, 0.002)),
               asyncio.create_task(stage("store", q2, done, 0.001))]
    for i, size in enumerate([5, 1, 3, 8, 2]):
        await q1.put(Job(i, size))
    await q1.put(None)
    results = []
    while (job := await done.get()) is not None:
        results.append(job)
    await asyncio.gather(*workers)
    for j in results:
        print(j)
    sizes = [j.size for j in results]
    print(statistics.mean(sizes), statistics.median(sizes), round(statistics.stdev(sizes), 3))
    try:
        results[0].size = 0
    except Exception as e:
        print(type(e).__name__, e)

asyncio.run(main())
