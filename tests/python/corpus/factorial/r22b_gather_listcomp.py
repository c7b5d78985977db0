import asyncio


async def factorial(number):
    result = 1
    for i in range(1, number + 1):
        await asyncio.sleep(0.1)
        result *= i
    print(f'factorial({number}) = {result}')
    return result


async def calculate_factorials(numbers):
    print('calculate_factorials - starting')
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print('Results:', results)


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
