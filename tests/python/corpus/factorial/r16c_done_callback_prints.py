# A done callback on each task prints the result when the task finishes
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f

def report(task):
    print(f'{task.get_name()} finished: {task.result()}')

async def calculate_factorials(numbers):
    tasks = []
    for n in numbers:
        t = asyncio.create_task(factorial(n), name=f'{n}!')
        t.add_done_callback(report)
        tasks.append(t)
    await asyncio.wait(tasks)
    print('all done')

asyncio.run(calculate_factorials([5, 7, 3, 6]))
