# a priority queue of jobs as (priority, dict) pairs; two share a priority
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    await pq.put((2, {"name": "email"}))
    await pq.put((1, {"name": "backup"}))
    await pq.put((2, {"name": "report"}))
    while not pq.empty():
        prio, job = await pq.get()
        print(prio, job["name"])

asyncio.run(main())
