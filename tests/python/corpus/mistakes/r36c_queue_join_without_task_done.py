# producer waits for the queue to drain but the consumer never calls task_done
import asyncio

async def consumer(q):
    while True:
        item = await q.get()
        print("handled", item)

async def main():
    q = asyncio.Queue()
    c = asyncio.create_task(consumer(q))
    for i in range(3):
        await q.put(i)
    try:
        await asyncio.wait_for(q.join(), timeout=0.05)
    except TimeoutError:
        print("join timed out, unfinished:", q._unfinished_tasks)
    c.cancel()

asyncio.run(main())
