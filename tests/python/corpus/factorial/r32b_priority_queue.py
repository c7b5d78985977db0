# A PriorityQueue hands out the smallest numbers first to a single worker.
import asyncio


async def worker(q: asyncio.PriorityQueue, out: list):
    while not q.empty():
        n, label = await q.get()
        r = 1
        for i in range(2, n + 1):
            r *= i
        await asyncio.sleep(0.01)
        out.append(f"{label}:{n}!={r}")
        q.task_done()


async def main():
    q = asyncio.PriorityQueue()
    for label, n in zip("abcdef", [9, 3, 7, 1, 5, 4]):
        await q.put((n, label))
    print("queued", q.qsize())
    out = []
    await worker(q, out)
    print("\n".join(out))
    print(q.qsize(), q.empty())


asyncio.run(main())
