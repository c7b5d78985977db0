# Producer/consumer with a bounded Queue: watch the producer wait when the queue is full.
import asyncio

async def producer(q: asyncio.Queue, n: int):
    for i in range(n):
        await q.put(i)
        print(f"put {i:2d}  qsize={q.qsize()} full={q.full()}")
    await q.put(None)

async def consumer(q: asyncio.Queue):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0.01)
        total += item
        print(f"   got {item:2d} qsize={q.qsize()}")
        q.task_done()
    return total

async def main():
    q = asyncio.Queue(maxsize=2)
    prod = asyncio.create_task(producer(q, 6))
    total = await consumer(q)
    await prod
    print("total:", total, "empty:", q.empty())

asyncio.run(main())
