# The exercise with a TaskGroup and dict results.
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        r *= i
    return r

async def calculate_factorials(numbers):
    async with asyncio.TaskGroup() as tg:
        tasks = {n: tg.create_task(factorial(n)) for n in numbers}
    for n, t in tasks.items():
        print(f'{n}! = {t.result()}')

asyncio.run(calculate_factorials([5, 7, 3, 6]))
