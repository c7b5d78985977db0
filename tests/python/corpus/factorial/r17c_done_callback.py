# A done callback on each task prints the result as soon as it is ready
import asyncio


async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result


def show(task):
    print(task.get_name(), '->', task.result())


async def calculate_factorials(numbers):
    tasks = []
    for n in numbers:
        t = asyncio.create_task(factorial(n), name=f'{n}!')
        t.add_done_callback(show)
        tasks.append(t)
    await asyncio.wait(tasks)
    print('all done:', all(t.done() for t in tasks))


asyncio.run(calculate_factorials([5, 7, 3, 6]))
