import asyncio
import itertools


class Job:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Job({self.name!r})"


async def main():
    q = asyncio.PriorityQueue()
    counter = itertools.count()
    for prio, name in [(2, "email"), (1, "backup"), (1, "cleanup"), (3, "report"), (2, "sms")]:
        q.put_nowait((prio, next(counter), Job(name)))
    while not q.empty():
        prio, seq, job = await q.get()
        print(prio, seq, job)


asyncio.run(main())
