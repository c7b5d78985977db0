# Two workers take numbers from a Queue and put their factorials in a dict
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r


async def worker(name, queue, results):
    while True:
        n = await queue.get()
        results[n] = await factorial(n)
        print(f'{name} did {n}')
        queue.task_done()


async def calculate_factorials(numbers):
    queue = asyncio.Queue()
    for n in numbers:
        queue.put_nowait(n)
    results = {}
    workers = [asyncio.create_task(worker(f'w{i}', queue, results)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(dict(sorted(results.items())))


asyncio.run(calculate_factorials([5, 3, 4, 6]))
