# Printing queues while debugging: str() of Queue, LifoQueue and PriorityQueue shows their state.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q)
    await q.put("a")
    await q.put("b")
    print(q)
    putter = asyncio.create_task(q.put("c"))
    await asyncio.sleep(0)
    print(q)
    print(await q.get(), q)
    await putter
    q.task_done()
    print(q)
    empty = asyncio.Queue()
    getter = asyncio.create_task(empty.get())
    await asyncio.sleep(0)
    print(empty)
    getter.cancel()
    lq, pq = asyncio.LifoQueue(), asyncio.PriorityQueue()
    for x in (3, 1, 2):
        lq.put_nowait(x)
        pq.put_nowait(x)
    print(lq)
    print(pq)

asyncio.run(main())
