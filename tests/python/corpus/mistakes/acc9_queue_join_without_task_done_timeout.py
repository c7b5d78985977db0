# q.join() that never returns because task_done is missing, under wait_for.
import asyncio

async def worker(q):
    while True:
        item = await q.get()
        print("got", item)

async def main():
    q = asyncio.Queue()
    for i in range(2):
        q.put_nowait(i)
    w = asyncio.create_task(worker(q))
    await asyncio.wait_for(q.join(), timeout=0.5)

asyncio.run(main())
