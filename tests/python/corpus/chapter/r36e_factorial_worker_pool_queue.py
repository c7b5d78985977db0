# the factorial exercise with two worker tasks pulling numbers from a queue
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def pool_worker(name, queue, results):
    while True:
        n = await queue.get()
        results[n] = await factorial(n)
        print(f'{name} computed {n}!')
        queue.task_done()

async def calculate_factorials(nums):
    queue = asyncio.Queue()
    for n in nums:
        queue.put_nowait(n)
    results = {}
    workers = [asyncio.create_task(pool_worker(f'w{i}', queue, results)) for i in (1, 2)]
    await queue.join()
    for w in workers:
        w.cancel()
    gathered = await asyncio.gather(*workers, return_exceptions=True)
    print([type(g).__name__ for g in gathered])
    print({n: results[n] for n in nums})

asyncio.run(calculate_factorials([5, 7, 3, 6]))
