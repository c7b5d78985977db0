# Wrong but running: range(1, n) leaves out n itself, so 5! comes out as 24
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n):
        await asyncio.sleep(0.1)
        result = result * i
    print('Factorial of', n, 'is', result)
    return result


async def calculate_factorials(numbers):
    await asyncio.gather(*[factorial(number) for number in numbers])


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
