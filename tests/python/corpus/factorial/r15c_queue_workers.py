# two workers take numbers from an asyncio.Queue
import asyncio

async def worker(name, queue, results):
    while True:
        n = await queue.get()
        f = 1
        for i in range(2, n + 1):
            f *= i
        await asyncio.sleep(0.1 * n)
        print(f"{name} computed {n}! = {f}")
        results[n] = f
        queue.task_done()

async def main():
    queue = asyncio.Queue()
    for n in [5, 1, 3, 2]:
        queue.put_nowait(n)
    results = {}
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(dict(sorted(results.items())))

asyncio.run(main())
