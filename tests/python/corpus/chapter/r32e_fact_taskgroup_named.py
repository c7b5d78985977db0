# factorials in a TaskGroup with named tasks, printed in name order
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

async def calculate_factorials(numbers):
    async with asyncio.TaskGroup() as tg:
        tasks = {tg.create_task(factorial(n), name=f'fact-{n:02d}') for n in numbers}
    for t in sorted(tasks, key=lambda t: t.get_name()):
        print(t.get_name(), '=>', t.result())

asyncio.run(calculate_factorials([5, 7, 3, 6, 11]))
