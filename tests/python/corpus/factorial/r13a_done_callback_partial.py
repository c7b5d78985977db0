import asyncio
import functools

async def factorial(n):
    total = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        total *= i
    return total

def report(n, results, task):
    results.append((n, task.result()))
    print(f'callback: {n}! = {task.result()}')

async def main():
    results = []
    tasks = []
    for n in [5, 7, 3, 6]:
        t = asyncio.create_task(factorial(n))
        t.add_done_callback(functools.partial(report, n, results))
        tasks.append(t)
    await asyncio.wait(tasks)
    await asyncio.sleep(0)
    print('collected in order of completion:', [n for n, _ in results])

asyncio.run(main())
