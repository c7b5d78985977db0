# The docs' queue pattern: workers loop forever, main joins the queue then cancels them
import asyncio

async def worker(name, queue, totals):
    while True:
        delay = await queue.get()
        await asyncio.sleep(delay)
        totals[name] = totals.get(name, 0) + delay
        queue.task_done()

async def main():
    queue = asyncio.Queue()
    for delay in (0.05, 0.1, 0.15, 0.2, 0.05, 0.1):
        queue.put_nowait(delay)
    totals = {}
    tasks = [asyncio.create_task(worker(f"worker-{i}", queue, totals)) for i in range(3)]
    await queue.join()
    print("queue drained")
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print("total slept:", round(sum(totals.values()), 2))

asyncio.run(main())
