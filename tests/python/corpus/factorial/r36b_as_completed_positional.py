# I passed the coroutines straight to as_completed without wrapping them in a list.
import asyncio


async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result


async def calculate_factorials(numbers):
    coros = [factorial(n) for n in numbers]
    for fut in asyncio.as_completed(*coros):
        print("got", await fut)


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
