# Queue, LifoQueue and PriorityQueue side by side; QueueFull and QueueEmpty
import asyncio

async def drain(q):
    out = []
    while not q.empty():
        out.append(await q.get())
    return out

async def main():
    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        q = cls(maxsize=3)
        for item in [(2, "b"), (3, "c"), (1, "a")]:
            q.put_nowait(item)
        print(cls.__name__, q.full(), await drain(q))
    q = asyncio.Queue(1)
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", q.qsize(), q.maxsize)
    q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    print(repr(asyncio.Queue(maxsize=5))[:len("<Queue")], str(asyncio.Queue()).startswith("<Queue"))
    try:
        q.task_done(); q.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
