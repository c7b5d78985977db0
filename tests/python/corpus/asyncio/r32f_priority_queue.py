# PriorityQueue of jobs (priority, name) processed by one worker in priority order
import asyncio

async def worker(q):
    order = []
    while True:
        prio, name = await q.get()
        order.append(name)
        print(f"running {name} (priority {prio})")
        await asyncio.sleep(0.005)
        q.task_done()
        if name == "stop":
            return order

async def main():
    q = asyncio.PriorityQueue()
    for prio, name in [(3, "email"), (1, "payment"), (2, "report"), (1, "alert"), (9, "stop")]:
        q.put_nowait((prio, name))
    print("queued:", q.qsize())
    print(await worker(q))
    lifo = asyncio.LifoQueue()
    for i in range(3):
        lifo.put_nowait(i)
    print([lifo.get_nowait() for _ in range(3)])

asyncio.run(main())
