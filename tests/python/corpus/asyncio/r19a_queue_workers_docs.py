# docs "Queues" example: three workers share a queue of random sleeps (seeded)
import asyncio
import random

random.seed(1911)

async def worker(name, queue, slept):
    while True:
        # Get a "work item" out of the queue.
        sleep_for = await queue.get()
        # Sleep for the "sleep_for" seconds.
        await asyncio.sleep(sleep_for)
        # Notify the queue that the "work item" has been processed.
        queue.task_done()
        slept[name] = slept.get(name, 0) + 1

async def main():
    # Create a queue that we will use to store our "workload".
    queue = asyncio.Queue()
    # Generate random timings and put them into the queue.
    total_sleep_time = 0
    for _ in range(20):
        sleep_for = random.choice([0.05, 0.1, 0.15, 0.2])
        total_sleep_time += sleep_for
        queue.put_nowait(sleep_for)
    slept = {}
    # Create three worker tasks to process the queue concurrently.
    tasks = []
    for i in range(3):
        task = asyncio.create_task(worker(f'worker-{i}', queue, slept))
        tasks.append(task)
    loop = asyncio.get_running_loop()
    started_at = loop.time()
    await queue.join()
    total_slept_for = loop.time() - started_at
    # Cancel our worker tasks.
    for task in tasks:
        task.cancel()
    # Wait until all worker tasks are cancelled.
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print('====')
    print(f'3 workers slept in parallel for about {total_slept_for < total_sleep_time}')
    print(f'total expected sleep time: {total_sleep_time:.2f} seconds')
    print('items handled:', sum(slept.values()), 'by', len(slept), 'workers')

asyncio.run(main())
