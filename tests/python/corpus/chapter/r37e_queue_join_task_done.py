# producer puts jobs, three workers take them, and main waits with queue.join()
import asyncio

async def worker(name, queue, done):
    while True:
        job = await queue.get()
        await asyncio.sleep(0.01 * job)
        done.append((job, name))
        queue.task_done()

async def main():
    queue = asyncio.Queue()
    for job in [5, 1, 4, 2, 3]:
        queue.put_nowait(job * 2)
    done = []
    workers = [asyncio.create_task(worker(f'w{i}', queue, done)) for i in range(3)]
    await queue.join()
    print('queue empty:', queue.empty())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(sorted(job for job, name in done), len({name for job, name in done}) > 1)

asyncio.run(main())
