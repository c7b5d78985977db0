# A queue of jobs consumed by two workers; results collected and printed sorted.
import asyncio


async def worker(name, queue, results):
    while True:
        n = await queue.get()
        r = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.01)
            r *= i
        results[n] = (name, r)
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for n in [5, 7, 3, 6, 1, 4]:
        queue.put_nowait(n)
    results = {}
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for n in sorted(results):
        print(f"{n}! = {results[n][1]}")
    print("jobs done:", len(results), "queue empty:", queue.empty())


asyncio.run(main())
