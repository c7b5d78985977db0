# My solution to exercise 34.8: gather over a list comprehension, main() as in the book.
import asyncio


async def factorial(n):
    print(f'factorial({n}) - starting')
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result = result * i
    print(f'factorial({n}) - done')
    return result


async def calculate_factorials(numbers):
    print('calculate_factorials - starting', numbers)
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(f'{n}! = {r}')
    return results


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
