# as_completed collects each factorial as it finishes, printing the pairs it returns
import asyncio


async def factorial(number):
    total = 1
    for x in range(2, number + 1):
        total = total * x
        await asyncio.sleep(0.1)
    return number, total


async def calculate_factorials(numbers):
    for coro in asyncio.as_completed([factorial(n) for n in numbers]):
        n, f = await coro
        print(n, '! =', f)


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
