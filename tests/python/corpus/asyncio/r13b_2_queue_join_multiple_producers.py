import asyncio

async def producer(q, name, n):
    for i in range(n):
        await q.put(f"{name}{i}")
        await asyncio.sleep(0.002)

async def consumer(q, results):
    while True:
        item = await q.get()
        try:
            await asyncio.sleep(0.001)
            results.append(item)
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue(maxsize=3)
    results = []
    consumers = [asyncio.create_task(consumer(q, results)) for _ in range(2)]
    await asyncio.gather(producer(q, "a", 4), producer(q, "b", 3))
    await q.join()
    for c in consumers:
        c.cancel()
    print(sorted(results), q.qsize(), q._unfinished_tasks)

asyncio.run(main())
