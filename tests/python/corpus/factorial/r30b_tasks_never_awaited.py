# I create the tasks and then... forget to wait for them at all.
import asyncio


async def factorial(n):
    print(f"factorial({n}) started")
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    print(f"{n}! = {result}")
    return result


async def calculate_factorials(numbers):
    tasks = [asyncio.create_task(factorial(n)) for n in numbers]
    print(f"created {len(tasks)} tasks")
    await asyncio.sleep(0)
    print("states:", [t.done() for t in tasks])


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
