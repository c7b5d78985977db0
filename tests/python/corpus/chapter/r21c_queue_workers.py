# A download queue drained by three workers with join() and task_done().
import asyncio

async def worker(name, q, done):
    while True:
        size = await q.get()
        await asyncio.sleep(size / 10)
        done.append((name, size))
        q.task_done()

async def main():
    q = asyncio.Queue()
    for s in [4, 1, 2, 6, 1, 3]:
        q.put_nowait(s)
    print('queued', q.qsize())
    done = []
    ws = [asyncio.create_task(worker(f'w{i}', q, done)) for i in range(3)]
    await q.join()
    for w in ws:
        w.cancel()
    res = await asyncio.gather(*ws, return_exceptions=True)
    print(done)
    print([type(r).__name__ for r in res])

asyncio.run(main())
