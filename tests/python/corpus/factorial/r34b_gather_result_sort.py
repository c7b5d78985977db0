# Sorting the results of gather, but I forgot to await the gather.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def calculate_factorials(numbers):
    results = asyncio.gather(*[factorial(n) for n in numbers])
    print("gathered:", type(results).__name__)
    results.sort()
    print(results)


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
