# LifoQueue serves the newest first; join() waits for task_done of every item
import asyncio

async def worker(q, seen):
    while True:
        item = await q.get()
        await asyncio.sleep(0.05)
        seen.append(item)
        q.task_done()

async def main():
    q = asyncio.LifoQueue()
    for i in range(5):
        q.put_nowait(i)
    seen = []
    w = asyncio.create_task(worker(q, seen))
    await q.join()
    print(seen, q.qsize())
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print('worker cancelled', w.cancelled())

asyncio.run(main())
