# Factorial exercise: create every task first, then await each in list order.
import asyncio

async def factorial(n):
    f = 1
    for i in range(n, 0, -1):
        f *= i
        await asyncio.sleep(0.1)
    print('finished', n)
    return f

async def calculate_factorials(numbers):
    tasks = [asyncio.create_task(factorial(n)) for n in numbers]
    for n, task in zip(numbers, tasks):
        result = await task
        print(f'factorial of {n} is {result}')

asyncio.run(calculate_factorials([5, 7, 3, 6]))
