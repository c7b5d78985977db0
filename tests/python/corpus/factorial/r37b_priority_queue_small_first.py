# Jobs go in a PriorityQueue so the smallest factorial is always computed next.
import asyncio
import math


async def main():
    pq = asyncio.PriorityQueue()
    for n in [12, 3, 20, 7, 3]:
        await pq.put((n, f"job-{n}"))
    print("qsize:", pq.qsize())
    while not pq.empty():
        n, label = await pq.get()
        await asyncio.sleep(0.01)
        print(f"{label:>7}: {math.factorial(n):,}")
        pq.task_done()
    await pq.join()
    print("all jobs done")


asyncio.run(main())
