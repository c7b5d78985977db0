# Bug: I create a task per number in a loop but only await the last one.
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    print(f"{n}! = {result}")
    return result


async def calculate_factorials(numbers):
    for n in numbers:
        task = asyncio.create_task(factorial(n))
    result = await task
    print("final result:", result)


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
