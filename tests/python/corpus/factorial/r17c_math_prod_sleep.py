# math.prod does the arithmetic; the loop only sleeps, one step per factor
import asyncio
import math


async def factorial(n):
    for _ in range(n):
        await asyncio.sleep(0.1)
    return math.prod(range(1, n + 1))


async def calculate_factorials(numbers):
    answers = await asyncio.gather(*map(factorial, numbers))
    print(dict(zip(numbers, answers)))
    print('same as math.factorial:', answers == [math.factorial(n) for n in numbers])


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
