# Producer/consumer where the consumer forgets q.task_done(): join() never returns
import asyncio

async def consumer(q):
    while True:
        item = await q.get()
        print("consumed", item)

async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    c = asyncio.create_task(consumer(q))
    try:
        await asyncio.wait_for(q.join(), timeout=0.3)
    except asyncio.TimeoutError:
        print("join() timed out; unfinished tasks:", q._unfinished_tasks, "qsize:", q.qsize())
    c.cancel()

asyncio.run(main())
