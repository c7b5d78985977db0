import asyncio
import random

async def worker(name, queue, log):
    while True:
        sleep_for = await queue.get()
        await asyncio.sleep(sleep_for)
        log.append((name, sleep_for))
        queue.task_done()

async def main():
    rng = random.Random(7)
    queue = asyncio.Queue()
    total = 0
    for _ in range(12):
        s = rng.choice([0.01, 0.02, 0.03])
        total += s
        queue.put_nowait(s)
    log = []
    tasks = [asyncio.create_task(worker(f"worker-{i}", queue, log)) for i in range(3)]
    await queue.join()
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print("processed", len(log), "items, total", round(total, 2))
    print("per worker:", {n: sum(1 for w, _ in log if w == n) > 0 for n in sorted({w for w, _ in log})})

asyncio.run(main())
