# The asyncio docs' Queue example: workers sleep for random times (seeded, scaled down)
import asyncio
import random

random.seed(5)

async def worker(name, queue):
    while True:
        sleep_for = await queue.get()
        await asyncio.sleep(sleep_for)
        queue.task_done()

async def main():
    queue = asyncio.Queue()
    total_sleep_time = 0
    for _ in range(12):
        sleep_for = round(random.uniform(0.005, 0.05), 3)
        total_sleep_time += sleep_for
        queue.put_nowait(sleep_for)
    tasks = [asyncio.create_task(worker(f"worker-{i}", queue)) for i in range(3)]
    loop = asyncio.get_running_loop()
    started_at = loop.time()
    await queue.join()
    total_slept_for = loop.time() - started_at
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("====")
    print(f"3 workers slept in parallel, less than the total: {total_slept_for < total_sleep_time}")
    print(f"total expected sleep time: {total_sleep_time:.3f} seconds")

asyncio.run(main())
