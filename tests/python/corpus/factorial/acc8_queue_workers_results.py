# Two workers take numbers from a Queue, put (n, n!) into a results queue.
import asyncio

async def factorial(n):
    f = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f

async def worker(name, jobs, results):
    while True:
        n = await jobs.get()
        value = await factorial(n)
        print(f"{name} did {n}")
        await results.put((n, value))
        jobs.task_done()

async def main():
    jobs, results = asyncio.Queue(), asyncio.Queue()
    for n in [5, 3, 7, 2]:
        jobs.put_nowait(n)
    workers = [asyncio.create_task(worker(f"w{i}", jobs, results)) for i in range(2)]
    await jobs.join()
    for w in workers:
        w.cancel()
    out = []
    while not results.empty():
        out.append(results.get_nowait())
    print(sorted(out))
    print(jobs.qsize(), results.qsize())

asyncio.run(main())
