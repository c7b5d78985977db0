import asyncio
import random


async def worker(name, queue, done_log):
    while True:
        sleep_for = await queue.get()
        await asyncio.sleep(sleep_for)
        done_log.append((name, round(sleep_for, 3)))
        queue.task_done()


async def main():
    random.seed(2024)
    queue = asyncio.Queue()
    total = 0
    for _ in range(12):
        t = random.uniform(0.005, 0.03)
        total += t
        queue.put_nowait(t)
    done_log = []
    tasks = [asyncio.create_task(worker(f"worker-{i}", queue, done_log)) for i in range(3)]
    await queue.join()
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print("items handled:", len(done_log))
    print("per worker:", {n: sum(1 for w, _ in done_log if w == n) > 0 for n in sorted({w for w, _ in done_log})})
    print("total work: %.3f" % total)
    print([type(r).__name__ for r in results])


asyncio.run(main())
