# An asyncio.PriorityQueue of (priority, name) jobs drained by two workers
import asyncio


async def worker(wid, q, log):
    while True:
        prio, name = await q.get()
        await asyncio.sleep(0.01 * prio)
        log.append((wid, name))
        q.task_done()


async def main():
    q = asyncio.PriorityQueue()
    for item in [(3, "email"), (1, "alert"), (2, "report"), (1, "page"), (5, "backup")]:
        q.put_nowait(item)
    print(q.qsize(), q.empty())
    log = []
    workers = [asyncio.create_task(worker(i, q, log)) for i in (1, 2)]
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(log)
    print([type(r).__name__ for r in res], q.empty())


asyncio.run(main())
