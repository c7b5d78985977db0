# PriorityQueue of (priority, name) jobs: the most urgent comes out first
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    jobs = [(3, "write report"), (1, "fix outage"), (2, "review PR"), (1, "call boss"), (5, "lunch")]
    for job in jobs:
        await pq.put(job)
    print("queued:", pq.qsize())
    while not pq.empty():
        prio, name = await pq.get()
        print(f"[{prio}] {name}")
        pq.task_done()
    await pq.join()
    print("all done")

asyncio.run(main())
