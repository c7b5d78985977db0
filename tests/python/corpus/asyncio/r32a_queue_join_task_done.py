# Queue.join waits until every item has been marked task_done by the workers
import asyncio

async def worker(name, q, out):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001 * item)
        out.append((name, item))
        q.task_done()

async def main():
    q = asyncio.Queue()
    for i in range(1, 9):
        q.put_nowait(i)
    out = []
    workers = [asyncio.create_task(worker(f"w{i}", q, out)) for i in range(3)]
    await q.join()
    print("processed", sorted(item for _, item in out))
    print("unfinished after join:", q.qsize(), q.empty())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])

asyncio.run(main())
