# a small queue fills up when I put_nowait too many jobs
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    for job in ['a', 'b', 'c']:
        try:
            q.put_nowait(job)
            print('queued', job, q.qsize(), q.full())
        except asyncio.QueueFull as e:
            print('queue full, dropping', job, repr(e))
    print(q)
    while not q.empty():
        print('got', await q.get())

asyncio.run(main())
