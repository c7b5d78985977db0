import asyncio


class Job:
    def __init__(self, name):
        self.name = name


async def main():
    q = asyncio.PriorityQueue()
    await q.put((1, Job("backup")))
    await q.put((2, Job("report")))
    print("two different priorities are fine:", q.qsize())
    await q.put((1, Job("cleanup")))
    print("not reached")


asyncio.run(main())
