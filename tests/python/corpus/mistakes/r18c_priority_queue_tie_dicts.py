import asyncio


async def producer(q):
    jobs = [(2, {"name": "resize"}), (1, {"name": "upload"}), (2, {"name": "thumb"})]
    for job in jobs:
        await q.put(job)
        print("queued", job[1]["name"])


async def consumer(q):
    while not q.empty():
        prio, job = await q.get()
        print("running", prio, job["name"])
        q.task_done()


async def main():
    q = asyncio.PriorityQueue()
    await producer(q)
    await consumer(q)


asyncio.run(main())
