# Forgetting q.task_done(): q.join() never returns, so guard it with a timeout and inspect the queue
import asyncio

async def worker(q, seen):
    while True:
        item = await q.get()
        seen.append(item)
        # q.task_done()  <- forgotten

async def main():
    q = asyncio.Queue()
    seen = []
    for i in range(4):
        q.put_nowait(i)
    w = asyncio.create_task(worker(q, seen))
    try:
        async with asyncio.timeout(0.1):
            await q.join()
    except TimeoutError:
        print("join timed out; worker saw", seen, "qsize", q.qsize())
    print("unfinished tasks:", q._unfinished_tasks)
    for _ in seen:
        q.task_done()
    await q.join()
    print("join returned after task_done x", len(seen))
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    w.cancel()

asyncio.run(main())
