# turned the workers into consumers of a Queue of jobs
import asyncio
import random

random.seed(99)

async def worker(name, q, out):
    while True:
        job = await q.get()
        await asyncio.sleep(job / 100)
        out.append((name, job))
        q.task_done()

async def main():
    q = asyncio.Queue()
    for job in random.sample(range(1, 10), 6):
        q.put_nowait(job)
    out = []
    workers = [asyncio.create_task(worker(f'w{i}', q, out)) for i in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(j for _, j in out))
    print('workers used:', sorted({n for n, _ in out}))
    print('jobs done:', len(out), 'sum:', sum(j for _, j in out))

asyncio.run(main())
