# asyncio.TaskGroup with a dict of tasks, results read after the group ends
import asyncio

async def factorial(n):
    result = 1
    for i in range(n, 0, -1):
        result *= i
        await asyncio.sleep(0.1)
    return result

async def calculate_factorials(numbers):
    async with asyncio.TaskGroup() as tg:
        tasks = {n: tg.create_task(factorial(n), name=f'fact-{n}') for n in numbers}
    for n, task in tasks.items():
        print(task.get_name(), '=>', task.result())

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
