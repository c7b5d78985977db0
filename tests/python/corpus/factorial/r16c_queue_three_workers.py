# Three workers take numbers from an asyncio.Queue and store factorials in a dict
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f

async def worker(name, queue, results):
    while True:
        n = await queue.get()
        results[n] = await factorial(n)
        print(f'{name} computed {n}!')
        queue.task_done()

async def calculate_factorials(numbers):
    queue = asyncio.Queue()
    for n in numbers:
        queue.put_nowait(n)
    results = {}
    workers = [asyncio.create_task(worker(f'w{i}', queue, results)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for n in sorted(results):
        print(n, results[n])

asyncio.run(calculate_factorials([5, 7, 3, 6, 1]))
