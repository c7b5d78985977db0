# A PriorityQueue of jobs with an itertools.count tie-breaker so equal priorities stay FIFO
import asyncio
import itertools


class Job:
    def __init__(self, name):
        self.name = name


async def main():
    pq = asyncio.PriorityQueue()
    seq = itertools.count()
    for prio, name in [(2, "backup"), (1, "deploy"), (2, "report"), (0, "hotfix"), (1, "test")]:
        await pq.put((prio, next(seq), Job(name)))
    order = []
    while not pq.empty():
        prio, _, job = await pq.get()
        order.append(f"{prio}:{job.name}")
    print(order)
    bad = asyncio.PriorityQueue()
    bad.put_nowait((1, Job("x")))
    bad.put_nowait((1, Job("y")))


asyncio.run(main())
