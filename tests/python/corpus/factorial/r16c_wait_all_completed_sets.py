# asyncio.wait with ALL_COMPLETED, done tasks sorted by their results
import asyncio

async def factorial(n):
    value = 1
    for k in range(2, n + 1):
        value *= k
        await asyncio.sleep(0.1)
    return value

async def calculate_factorials(numbers):
    tasks = [asyncio.create_task(factorial(n)) for n in numbers]
    done, pending = await asyncio.wait(tasks)
    print('done:', len(done), 'pending:', len(pending))
    print(sorted(t.result() for t in done))
    print([t.result() for t in tasks])

asyncio.run(calculate_factorials([5, 7, 3, 6]))
