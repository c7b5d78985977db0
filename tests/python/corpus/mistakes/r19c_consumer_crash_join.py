# A consumer raises on a bad item; the queue's join() would wait forever
import asyncio

async def consumer(q):
    while True:
        item = await q.get()
        print("processing", item)
        result = 10 / item
        print("result", result)
        q.task_done()

async def main():
    q = asyncio.Queue()
    for item in [5, 2, 0, 1]:
        q.put_nowait(item)
    task = asyncio.create_task(consumer(q))
    try:
        await asyncio.wait_for(q.join(), timeout=0.2)
    except asyncio.TimeoutError:
        print("join timed out; consumer done:", task.done(), "left:", q.qsize())
    print("consumer exception:", repr(task.exception()))

asyncio.run(main())
