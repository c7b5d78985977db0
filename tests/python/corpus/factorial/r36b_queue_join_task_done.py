# Job queue: two workers take numbers, compute factorials, queue.join() waits for all jobs.
import asyncio

results = {}


async def worker(name, queue):
    while True:
        n = await queue.get()
        acc = 1
        for i in range(2, n + 1):
            acc *= i
            await asyncio.sleep(0.005)
        results[n] = acc
        print(f"{name} finished {n}!")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for n in [12, 3, 25, 8, 1]:
        queue.put_nowait(n)
    workers = [asyncio.create_task(worker(f"w{i}", queue)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    done = await asyncio.gather(*workers, return_exceptions=True)
    print("workers:", [type(d).__name__ for d in done])
    for n in sorted(results):
        print(f"{n:>3}! = {results[n]}")


asyncio.run(main())
