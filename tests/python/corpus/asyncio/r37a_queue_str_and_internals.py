# Printing str() of queues as they fill and drain, including getters waiting and unfinished tasks
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print(str(q))
    await q.put("a")
    q.put_nowait("b")
    print(str(q), q.full(), q.qsize())
    print(q.get_nowait(), str(q))
    q.task_done()
    print(str(q))
    await q.get()
    waiter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q).replace("deque", "DQ"))
    q.put_nowait("c")
    print(await waiter, str(q))
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print(str(pq))
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print(str(lq), [lq.get_nowait() for _ in range(3)])


asyncio.run(main())
