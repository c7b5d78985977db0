# A typed asyncio.Queue[Job] of dataclass jobs; results grouped with itertools.groupby.
import asyncio
import itertools
from dataclasses import dataclass, field

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    size: int = field(default=1, compare=False)

async def worker(q: "asyncio.Queue[Job]", done: list[tuple[int, str]]) -> None:
    while not q.empty():
        job = await q.get()
        await asyncio.sleep(0.001 * job.size)
        done.append((job.priority, job.name))
        q.task_done()

async def main():
    q: asyncio.Queue[Job] = asyncio.PriorityQueue()
    for j in [Job(2, "b", 3), Job(1, "a"), Job(2, "c"), Job(3, "d", 2), Job(1, "e")]:
        q.put_nowait(j)
    done: list[tuple[int, str]] = []
    await worker(q, done)
    for prio, group in itertools.groupby(done, key=lambda d: d[0]):
        print(prio, [name for _, name in group])
    print(asyncio.Queue[Job], Job(1, "x") < Job(2, "y"))

asyncio.run(main())
