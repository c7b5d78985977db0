# Queue's nowait methods and their exceptions, PriorityQueue and LifoQueue ordering
import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        await pq.put(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([await lq.get() for _ in range(3)])
    print(q)
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
