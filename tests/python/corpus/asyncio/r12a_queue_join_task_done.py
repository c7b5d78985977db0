# test_queues: test_task_done / test_join_empty_queue
import asyncio

async def main():
    q = asyncio.Queue()
    await q.join()
    print("join of an empty queue returns at once")
    for i in range(100):
        q.put_nowait(i)
    accumulator = 0
    running = True

    async def worker():
        nonlocal accumulator
        while running:
            item = await q.get()
            accumulator += item
            q.task_done()

    tasks = [asyncio.create_task(worker()) for _ in range(2)]
    await q.join()
    print("accumulated:", accumulator, "unfinished:", q._unfinished_tasks)
    running = False
    for t in tasks:
        t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in res])

asyncio.run(main())
