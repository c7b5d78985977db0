# Validating input: a negative number raises ValueError inside one of the gathered tasks.
import asyncio


async def factorial(n):
    if n < 0:
        raise ValueError(f"factorial() not defined for negative values: {n}")
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.02)
        result *= i
    return result


async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(results)


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, -2, 3]))
    print('Main - Done')


if __name__ == '__main__':
    main()
