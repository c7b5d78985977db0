# A missing comma in the list of numbers to compute.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f


async def calculate_factorials(numbers):
    print(await asyncio.gather(*[factorial(n) for n in numbers]))


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
