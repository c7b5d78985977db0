# Closing the job queue with Queue.shutdown() (from the newest docs) when all jobs are queued.
import asyncio


async def worker(q, out):
    while True:
        try:
            n = await q.get()
        except asyncio.QueueShutDown:
            return
        r = 1
        for i in range(2, n + 1):
            r *= i
        await asyncio.sleep(0.01)
        out.append((n, r))


async def main():
    q = asyncio.Queue()
    out = []
    for n in (4, 6, 2):
        q.put_nowait(n)
    workers = [asyncio.create_task(worker(q, out)) for _ in range(2)]
    q.shutdown()
    await asyncio.gather(*workers)
    print(sorted(out))


asyncio.run(main())
