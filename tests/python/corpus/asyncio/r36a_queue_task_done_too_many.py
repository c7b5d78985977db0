# Queue.join waits for task_done; calling task_done once too often raises ValueError
import asyncio


async def worker(q, name):
    while True:
        item = await q.get()
        await asyncio.sleep(0.01 * item)
        print(name, "handled", item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for i in (3, 1, 2):
        q.put_nowait(i)
    w = asyncio.create_task(worker(q, "w"))
    await q.join()
    print("all handled, unfinished tasks =", q._unfinished_tasks if hasattr(q, "_unfinished_tasks") else "?")
    w.cancel()
    q.task_done()


asyncio.run(main())
