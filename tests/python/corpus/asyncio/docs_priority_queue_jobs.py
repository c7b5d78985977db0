import asyncio

async def main():
    q = asyncio.PriorityQueue()
    for prio, job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        await q.put((prio, job))
    print(q.qsize(), q.empty(), q.full())
    while not q.empty():
        prio, job = await q.get()
        print(f"{prio}: {job}")
        q.task_done()
    await q.join()
    lq = asyncio.LifoQueue(maxsize=2)
    lq.put_nowait("x")
    lq.put_nowait("y")
    try:
        lq.put_nowait("z")
    except asyncio.QueueFull:
        print("full:", lq.full())
    print(lq.get_nowait(), lq.get_nowait())
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")

asyncio.run(main())
