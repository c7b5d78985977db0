# PriorityQueue of jobs as an ordered dataclass with a non-compared payload; workers take urgent jobs first
import asyncio
from dataclasses import dataclass, field

@dataclass(order=True)
class Job:
    priority: int
    seq: int
    payload: dict = field(compare=False)

async def worker(name, q, log):
    while True:
        job = await q.get()
        await asyncio.sleep(0.01)
        log.append((job.priority, job.payload["task"]))
        q.task_done()

async def main():
    q = asyncio.PriorityQueue()
    specs = [(3, "email"), (1, "payment"), (2, "resize"), (1, "refund"), (5, "cleanup")]
    for seq, (p, task) in enumerate(specs):
        q.put_nowait(Job(p, seq, {"task": task}))
    print("peek first:", q._queue[0])
    log = []
    w = asyncio.create_task(worker("w1", q, log))
    await q.join()
    w.cancel()
    print(log)
    print(Job(1, 0, {}) < Job(1, 1, {"x": 1}))

asyncio.run(main())
