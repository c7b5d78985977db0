# as_completed over named tasks; the order of finishing is by the number of steps
import asyncio


async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return f'{asyncio.current_task().get_name()}: {n}! = {result}'


async def calculate_factorials(numbers):
    tasks = [asyncio.create_task(factorial(n), name=f'fact-{n}') for n in numbers]
    for i, fut in enumerate(asyncio.as_completed(tasks), start=1):
        print(i, await fut)


asyncio.run(calculate_factorials([6, 2, 4]))
