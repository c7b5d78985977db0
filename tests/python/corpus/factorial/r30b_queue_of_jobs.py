# A queue of numbers and three worker tasks computing factorials; results collected in a dict.
import asyncio


async def worker(name, queue, results):
    while True:
        n = await queue.get()
        f = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.01)
            f *= i
        results[n] = f
        print(f"{name} computed {n}!")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for n in [5, 7, 3, 6, 4]:
        queue.put_nowait(n)
    results = {}
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    done = await asyncio.gather(*workers, return_exceptions=True)
    print([type(d).__name__ for d in done])
    for n in sorted(results):
        print(n, results[n])


asyncio.run(main())
