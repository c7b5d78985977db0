# Smallest job first: a PriorityQueue of numbers, one worker, with a sentinel to stop.
import asyncio


async def worker(q, out):
    while True:
        priority, n = await q.get()
        if n is None:
            q.task_done()
            break
        f = 1
        for i in range(2, n + 1):
            f *= i
        await asyncio.sleep(0.01)
        out.append((n, f))
        print(f"did {n}! (priority {priority})")
        q.task_done()


async def main():
    q = asyncio.PriorityQueue()
    for n in [7, 3, 10, 1, 5]:
        await q.put((n, n))
    await q.put((float("inf"), None))
    out = []
    await asyncio.gather(worker(q, out), q.join())
    print(out)
    print("queue empty:", q.empty(), "size:", q.qsize())


asyncio.run(main())
