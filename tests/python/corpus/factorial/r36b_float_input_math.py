# Using math.factorial inside the coroutine; the numbers came from a division so they are floats.
import asyncio
import math


async def factorial(n):
    await asyncio.sleep(0.05)
    return math.factorial(n)


async def calculate_factorials(numbers):
    halves = [n / 2 for n in numbers]
    print("inputs:", halves)
    results = await asyncio.gather(*[factorial(h) for h in halves])
    print(results)


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([10, 14, 6, 12]))
    print('Main - Done')


if __name__ == '__main__':
    main()
