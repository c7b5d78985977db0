# Calling task_done() once for every item and once more "to finish" the queue.
import asyncio


async def worker(q, out):
    while not q.empty():
        n = await q.get()
        r = 1
        for i in range(2, n + 1):
            r *= i
        await asyncio.sleep(0.01)
        out.append((n, r))
        q.task_done()
    q.task_done()


async def main():
    q = asyncio.Queue()
    for n in (5, 7, 3):
        q.put_nowait(n)
    out = []
    await worker(q, out)
    print(out)
    await q.join()
    print("joined")


asyncio.run(main())
