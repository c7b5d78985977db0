import asyncio

async def worker(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(item / 100)
        log.append((name, item))
        q.task_done()

async def main():
    q = asyncio.Queue()
    for i in [3, 1, 4, 1, 5, 9, 2, 6]:
        q.put_nowait(i)
    log = []
    workers = [asyncio.create_task(worker(f'w{i}', q, log)) for i in range(3)]
    await q.join()
    print('all done, unfinished:', q._unfinished_tasks if hasattr(q, '_unfinished_tasks') else '?')
    print(sorted(item for _, item in log), len({name for name, _ in log}) > 1)
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])

asyncio.run(main())
