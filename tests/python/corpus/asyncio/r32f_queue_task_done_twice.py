# Mistake: calling task_done() more times than items were taken from the queue
import asyncio

async def main():
    q = asyncio.Queue()
    await q.put("job")
    item = await q.get()
    print("processing", item)
    q.task_done()
    print("unfinished:", q._unfinished_tasks)
    await asyncio.wait_for(q.join(), timeout=0.1)
    print("join returned")
    q.task_done()

asyncio.run(main())
