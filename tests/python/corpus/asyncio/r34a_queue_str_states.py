# The str() of Queue, PriorityQueue and LifoQueue as items and unfinished tasks change
import asyncio


async def main():
    q = asyncio.Queue(maxsize=3)
    print(str(q))
    for x in "abc":
        q.put_nowait(x)
    print(str(q), q.full(), q.qsize())
    q.get_nowait()
    q.task_done()
    print(str(q))
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        await pq.put(item)
    print(str(pq))
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print(str(lq))
    print(lq.get_nowait(), lq.get_nowait())
    getter = asyncio.create_task(asyncio.Queue().get())
    await asyncio.sleep(0)
    getter.cancel()
    try:
        await getter
    except asyncio.CancelledError:
        print("getter cancelled")


asyncio.run(main())
