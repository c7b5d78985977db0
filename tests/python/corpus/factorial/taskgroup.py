# Factorial exercise: Python 3.11's TaskGroup.
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    async with asyncio.TaskGroup() as group:
        tasks = {n: group.create_task(factorial(n)) for n in numbers}
    for n, task in tasks.items():
        print(f'{n}! = {task.result()}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
