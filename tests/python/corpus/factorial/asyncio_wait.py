# Factorial exercise: asyncio.wait on tasks, then results in task order.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    tasks = [asyncio.create_task(factorial(n), name=f'fact-{n}') for n in numbers]
    done, pending = await asyncio.wait(tasks)
    print(len(done), 'done,', len(pending), 'pending')
    for t in tasks:
        print(t.get_name(), '=', t.result())

asyncio.run(calculate_factorials([5, 7, 3, 6]))
