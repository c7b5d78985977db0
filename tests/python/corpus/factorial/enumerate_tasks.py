# Factorial exercise: enumerate numbers the tasks, which carry names of their own.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    tasks = []
    for index, n in enumerate(numbers, start=1):
        tasks.append(asyncio.create_task(factorial(n), name=f'fact-{index}'))
    for task in tasks:
        value = await task
        print(task.get_name(), '->', value)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
