# Harness counts running tasks with asyncio.all_tasks while the student's factorials run.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def monitor(stop):
    counts = []
    while not stop.is_set():
        counts.append(len(asyncio.all_tasks()))
        await asyncio.sleep(0.05)
    return counts

async def main():
    stop = asyncio.Event()
    mon = asyncio.create_task(monitor(stop))
    await asyncio.sleep(0)
    tasks = [asyncio.create_task(factorial(n)) for n in [1, 2, 3]]
    print('tasks now:', len(asyncio.all_tasks()))
    res = await asyncio.gather(*tasks)
    stop.set()
    counts = await mon
    print('results:', res)
    print('max seen:', max(counts), 'min seen:', min(counts))
    print('current is main:', asyncio.current_task().get_coro().__name__)
    print('left:', len(asyncio.all_tasks()))

asyncio.run(main())
