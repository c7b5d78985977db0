# PriorityQueue of dataclass(order=True) jobs whose payload is excluded from ordering
import asyncio
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    payload: dict = field(compare=False)


async def main():
    q = asyncio.PriorityQueue()
    seq = 0
    for prio, name in [(2, "backup"), (0, "alert"), (2, "report"), (1, "email")]:
        await q.put(Job(prio, seq, {"name": name}))
        seq += 1
    while not q.empty():
        job = await q.get()
        print(job.priority, job.payload["name"], job)
    q2 = asyncio.PriorityQueue()
    q2.put_nowait((1, {"a": 1}))
    q2.put_nowait((1, {"b": 2}))


asyncio.run(main())
