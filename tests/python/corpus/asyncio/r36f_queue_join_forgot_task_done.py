# Bug: the consumer forgets task_done(), so queue.join() never returns; a timeout reveals it.
import asyncio

async def consumer(q, seen):
    while True:
        item = await q.get()
        seen.append(item)

async def main():
    q = asyncio.Queue()
    seen = []
    c = asyncio.create_task(consumer(q, seen))
    for i in range(3):
        await q.put(i)
    try:
        await asyncio.wait_for(q.join(), timeout=0.1)
    except asyncio.TimeoutError:
        print("join() timed out; unfinished tasks:", q._unfinished_tasks)
    print("consumer saw:", seen, "queue empty:", q.empty())
    c.cancel()

asyncio.run(main())
