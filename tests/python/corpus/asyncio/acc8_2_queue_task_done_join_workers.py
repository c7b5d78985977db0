# The docs' pattern: workers with task_done, join(), then cancel the workers; totals checked.
import asyncio

async def worker(name, q, totals):
    while True:
        n = await q.get()
        await asyncio.sleep(n / 100)
        totals[name] = totals.get(name, 0) + n
        q.task_done()

async def main():
    q = asyncio.Queue()
    for n in (5, 1, 3, 2, 4):
        q.put_nowait(n)
    totals = {}
    ws = [asyncio.create_task(worker(f'w{i}', q, totals)) for i in range(2)]
    await q.join()
    for w in ws:
        w.cancel()
    res = await asyncio.gather(*ws, return_exceptions=True)
    print(sum(totals.values()), [type(r).__name__ for r in res])

asyncio.run(main())
