# The exercise as the book sets it: calculate_factorials with gather and the given main().
import asyncio


async def factorial(number):
    result = 1
    for i in range(2, number + 1):
        print(f'factorial({number}) - multiplying by {i}')
        await asyncio.sleep(0.1)
        result *= i
    return result


async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(f'{n}! = {r}')


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
