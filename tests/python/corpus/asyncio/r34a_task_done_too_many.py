# Queue.task_done() called once too often, after join() has returned
import asyncio


async def worker(q, seen):
    while True:
        item = await q.get()
        seen.append(item * 2)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for i in range(4):
        q.put_nowait(i)
    seen = []
    w = asyncio.create_task(worker(q, seen))
    await q.join()
    print("joined:", seen, "unfinished:", q._unfinished_tasks)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print("worker cancelled:", w.cancelled())
    q.task_done()


asyncio.run(main())
