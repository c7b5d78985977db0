# The exercise with create_task and a done callback printing each result.
import asyncio
from functools import partial

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r

def announce(n, task):
    print(f'callback: {n}! = {task.result()}')

async def calculate_factorials(numbers):
    tasks = []
    for n in numbers:
        t = asyncio.create_task(factorial(n))
        t.add_done_callback(partial(announce, n))
        tasks.append(t)
    await asyncio.wait(tasks)
    print('all done:', all(t.done() for t in tasks))

asyncio.run(calculate_factorials([5, 7, 3, 6]))
