# The exercise with TaskGroup, results in a dict printed as a table.
import asyncio

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r

async def calculate_factorials(numbers):
    async with asyncio.TaskGroup() as tg:
        tasks = {n: tg.create_task(factorial(n), name=f'fact-{n}') for n in numbers}
    table = {n: t.result() for n, t in tasks.items()}
    width = max(len(str(v)) for v in table.values())
    for n in sorted(table):
        print(f'{n:2d}! = {table[n]:>{width}}  ({tasks[n].get_name()})')

asyncio.run(calculate_factorials([5, 7, 3, 6]))
