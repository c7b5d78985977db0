# Factorial exercise: two workers take numbers from an asyncio.Queue.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def worker(name, queue, results):
    while not queue.empty():
        n = queue.get_nowait()
        results[n] = await factorial(n)
        print(f'{name} computed {n}! = {results[n]}')

async def calculate_factorials(numbers):
    queue = asyncio.Queue()
    for n in numbers:
        queue.put_nowait(n)
    results = {}
    await asyncio.gather(worker('w1', queue, results), worker('w2', queue, results))
    print(results)

asyncio.run(calculate_factorials([3, 2, 4, 1]))
