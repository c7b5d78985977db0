# Factorial exercise: tasks with done callbacks that store results in a dict by name.
import asyncio

results = {}

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f

def store(task):
    results[task.get_name()] = task.result()
    print(f'callback: {task.get_name()} -> {task.result()}')

async def main():
    tasks = []
    for n in [5, 2, 4]:
        t = asyncio.ensure_future(factorial(n))
        t.set_name(f'{n}!')
        t.add_done_callback(store)
        tasks.append(t)
    await asyncio.wait(tasks)
    await asyncio.sleep(0)
    print(results, sorted(results.values()))

asyncio.run(main())
