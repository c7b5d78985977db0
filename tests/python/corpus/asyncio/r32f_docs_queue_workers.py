# The docs' Queue example, scaled down: three workers sleep for seeded random times
import asyncio
import random
import time

random.seed(2024)

async def worker(name, queue, slept):
    while True:
        sleep_for = await queue.get()
        await asyncio.sleep(sleep_for)
        queue.task_done()
        slept[name] = slept.get(name, 0) + sleep_for

async def main():
    queue = asyncio.Queue()
    total_sleep_time = 0
    for _ in range(9):
        sleep_for = random.uniform(0.01, 0.05)
        total_sleep_time += sleep_for
        queue.put_nowait(sleep_for)
    slept = {}
    tasks = [asyncio.create_task(worker(f"worker-{i}", queue, slept)) for i in range(3)]
    started_at = time.monotonic()
    await queue.join()
    total_slept_for = time.monotonic() - started_at
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("====")
    print(f"3 workers slept in parallel for less than the total: {total_slept_for < total_sleep_time}")
    print(f"total expected sleep time: {total_sleep_time:.2f} seconds")
    print(f"sum of per-worker sleep: {sum(slept.values()):.2f}")

asyncio.run(main())
