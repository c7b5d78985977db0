# a bounded queue of jobs filled with put_nowait before the consumer starts
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    for job in ["a", "b", "c"]:
        q.put_nowait(job)
        print("queued", job, q.qsize())
    while not q.empty():
        print("got", await q.get())

asyncio.run(main())
