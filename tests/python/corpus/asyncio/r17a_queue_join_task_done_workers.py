# join() returns when task_done() was called for every item put
import asyncio

async def worker(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(0.01 * item)
        log.append((name, item))
        q.task_done()

async def main():
    q = asyncio.Queue()
    for i in range(6):
        q.put_nowait(i)
    log = []
    workers = [asyncio.create_task(worker(f'w{i}', q, log)) for i in range(2)]
    await q.join()
    print(len(log), sorted(i for _, i in log))
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])

asyncio.run(main())
