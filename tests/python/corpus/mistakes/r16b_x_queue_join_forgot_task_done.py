# Queue.join() waits forever when task_done() is forgotten: wait_for ends it
import asyncio

async def worker(q):
    while True:
        item = await q.get()
        print("processed", item)

async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    w = asyncio.create_task(worker(q))
    try:
        await asyncio.wait_for(q.join(), timeout=0.2)
    except TimeoutError:
        print("join timed out, unfinished:", q._unfinished_tasks)
    w.cancel()

asyncio.run(main())
