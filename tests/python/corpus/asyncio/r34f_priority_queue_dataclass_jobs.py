# A PriorityQueue of jobs as dataclasses, ordering by priority only (field(compare=False)).
import asyncio
from dataclasses import dataclass, field

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    payload: dict = field(compare=False, default_factory=dict)

async def worker(q, done):
    while True:
        job = await q.get()
        await asyncio.sleep(0.005)
        done.append(job.name)
        print(f"ran {job.name} (p={job.priority}) {job.payload}")
        q.task_done()

async def main():
    q = asyncio.PriorityQueue()
    for p, name in [(3, "backup"), (1, "alert"), (2, "email"), (1, "page"), (5, "cleanup")]:
        q.put_nowait(Job(p, name, {"n": len(name)}))
    done = []
    w = asyncio.create_task(worker(q, done))
    await q.join()
    w.cancel()
    print(done)
    print(Job(1, "x") == Job(1, "y"), Job(1, "x") < Job(2, "a"))

asyncio.run(main())
