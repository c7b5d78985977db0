import asyncio
from functools import partial

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

def show(n, task):
    print(f"callback: {n}! = {task.result()}")

results = []

async def main():
    tasks = []
    for n in [5, 7, 3, 6]:
        t = asyncio.create_task(factorial(n))
        t.add_done_callback(partial(show, n))
        t.add_done_callback(lambda t: results.append(t.result()))
        tasks.append(t)
    await asyncio.wait(tasks)
    print("after wait:", results)
    await asyncio.sleep(0)
    print("after sleep(0):", results)

asyncio.run(main())
