# I awaited inside the list comprehension AND passed the list to gather.
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result


async def calculate_factorials(numbers):
    print("computing", numbers)
    results = await asyncio.gather(*[await factorial(n) for n in numbers])
    print(results)


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
