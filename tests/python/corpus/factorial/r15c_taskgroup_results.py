# Python 3.11's TaskGroup: results read from the tasks after the block
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    print(f"finished {n}")
    return result

async def calculate_factorials(numbers):
    async with asyncio.TaskGroup() as tg:
        tasks = {n: tg.create_task(factorial(n)) for n in numbers}
    print("all done")
    for n, t in tasks.items():
        print(f"{n}! = {t.result()}")

asyncio.run(calculate_factorials([5, 2, 3, 6]))
