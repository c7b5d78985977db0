import asyncio
from dataclasses import dataclass, field

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)

async def worker(q, done):
    while True:
        job = await q.get()
        done.append(f"{job.priority}:{job.name}")
        q.task_done()

async def main():
    q = asyncio.PriorityQueue()
    for p, n in [(5, "backup"), (1, "alert"), (3, "email"), (1, "page")]:
        await q.put(Job(p, n))
    done = []
    w = asyncio.create_task(worker(q, done))
    await q.join()
    w.cancel()
    print(done)

asyncio.run(main())
