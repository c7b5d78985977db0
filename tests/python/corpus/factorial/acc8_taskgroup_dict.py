# TaskGroup filling a dict of tasks, results read after the group.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = {n: tg.create_task(factorial(n)) for n in [5, 7, 3, 6]}
    for n, task in tasks.items():
        print(n, task.result(), task.done())
    print({n: t.result() for n, t in sorted(tasks.items())})

print('Main - Starting')
asyncio.run(main())
print('Main - Done')
