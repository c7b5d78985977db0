# Student tries to await a whole list of tasks at once instead of using gather.
import asyncio


async def factorial(n):
    total = 1
    for k in range(1, n + 1):
        total *= k
        await asyncio.sleep(0.02)
    return total


async def calculate_factorials(numbers):
    tasks = [asyncio.create_task(factorial(n)) for n in numbers]
    print("created", len(tasks), "tasks")
    results = await tasks
    print(results)


asyncio.run(calculate_factorials([3, 4, 5]))
