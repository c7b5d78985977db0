# queue.join with workers, but I call task_done one time too many
import asyncio

async def worker(q, results):
    while True:
        n = await q.get()
        await asyncio.sleep(0.01)
        results.append(n * n)
        q.task_done()
        if n == 3:
            q.task_done()

async def main():
    q = asyncio.Queue()
    results = []
    for n in range(5):
        q.put_nowait(n)
    w = asyncio.create_task(worker(q, results))
    await q.join()
    print(results)
    w.cancel()

asyncio.run(main())
