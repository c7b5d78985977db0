# The book says "use with asyncio.as_completed()", so the student literally wrote a with statement.
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result


async def calculate_factorials(numbers):
    with asyncio.as_completed([factorial(n) for n in numbers]) as results:
        for r in results:
            print(await r)


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
