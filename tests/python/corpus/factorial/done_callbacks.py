# Factorial exercise: a done callback on every task prints its result.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return n, result

def show(task):
    n, result = task.result()
    print(f'callback: {n}! = {result}')

async def calculate_factorials(numbers):
    tasks = []
    for n in numbers:
        task = asyncio.create_task(factorial(n))
        task.add_done_callback(show)
        tasks.append(task)
    await asyncio.gather(*tasks)
    print('all callbacks ran')

asyncio.run(calculate_factorials([5, 7, 3, 6]))
