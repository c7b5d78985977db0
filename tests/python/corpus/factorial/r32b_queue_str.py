# Printing the queue itself (its str) while jobs are added and taken.
import asyncio


async def main():
    q = asyncio.Queue()
    print(q)
    for n in (5, 7, 3):
        q.put_nowait(n)
    print(q)
    n = await q.get()
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    print(f"{n}! = {r}", q)
    q.task_done()
    print(q, q.qsize())
    lq = asyncio.LifoQueue(maxsize=4)
    for n in (1, 2, 3):
        lq.put_nowait(n)
    print(lq, lq.get_nowait())


asyncio.run(main())
