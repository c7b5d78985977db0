# a worker that marks a job done twice when it retries
import asyncio

async def worker(q):
    while True:
        job = await q.get()
        print("handling", job)
        if job == "b":
            q.task_done()
        q.task_done()

async def main():
    q = asyncio.Queue()
    for j in "ab":
        q.put_nowait(j)
    t = asyncio.create_task(worker(q))
    await q.join()
    t.cancel()

asyncio.run(main())
