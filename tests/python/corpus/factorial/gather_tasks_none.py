# A helper that makes the tasks but forgets to return them: gather(*None) names asyncio.tasks.gather()
import asyncio


async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    print(f"{n}! = {result}")
    return result


def make_tasks(numbers):
    tasks = [asyncio.create_task(factorial(n)) for n in numbers]
    print(f"made {len(tasks)} tasks")


async def calculate_factorials(numbers):
    tasks = make_tasks(numbers)
    results = await asyncio.gather(*tasks)
    print(results)


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 3]))
    print('Main - Done')


if __name__ == '__main__':
    main()
