# The asyncio-queue page's example, with fixed sleeps: workers take items, join() waits, then the workers are cancelled.
import asyncio

async def worker(name, queue):
    while True:
        sleep_for = await queue.get()
        await asyncio.sleep(sleep_for)
        queue.task_done()
        print(f'{name} has slept for {sleep_for:.2f} seconds')

async def main():
    queue = asyncio.Queue()
    total_sleep_time = 0
    for delay in (0.05, 0.12, 0.03, 0.2, 0.08, 0.15):
        total_sleep_time += delay
        queue.put_nowait(delay)
    tasks = []
    for i in range(3):
        task = asyncio.create_task(worker(f'worker-{i}', queue))
        tasks.append(task)
    await queue.join()
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print('====')
    print(f'3 workers slept in parallel for the queue')
    print(f'total expected sleep time: {total_sleep_time:.2f} seconds')
    print([type(r).__name__ for r in results])

asyncio.run(main())
