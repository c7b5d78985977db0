# A worker dies on a bad item, so queue.join() never returns: wait_for saves main
import asyncio

async def worker(q):
    while True:
        item = await q.get()
        print("processing", item, "->", 100 // item)
        q.task_done()

async def main():
    q = asyncio.Queue()
    for item in (5, 0, 2):
        q.put_nowait(item)
    w = asyncio.create_task(worker(q))
    try:
        await asyncio.wait_for(q.join(), timeout=0.2)
    except asyncio.TimeoutError:
        print("join timed out; items left:", q.qsize())
    print("worker done:", w.done(), "error:", repr(w.exception()))

asyncio.run(main())
