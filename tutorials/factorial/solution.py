# A solution of the exercise (chapter 34.8), one of many.

import asyncio


async def factorial(number):
    print('factorial - calculating', number)
    result = 1
    for i in range(1, number + 1):   # number steps of 0.1 s each
        await asyncio.sleep(0.1)
        result = result * i
    print('factorial -', number, '! =', result)
    return result


async def calculate_factorials(numbers):
    print('calculate_factorials - starting')
    # One task per number, all waiting at the same time; gather gives the
    # results in the order of the numbers.
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print('calculate_factorials - results:', results)
    # Or, to handle each result as soon as it is ready:
    #     for next_done in asyncio.as_completed([factorial(n) for n in numbers]):
    #         print('calculate_factorials - got', await next_done)


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
