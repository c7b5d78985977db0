# A for loop missing its colon in the factorial coroutine.
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1)
        await asyncio.sleep(0.1)
        result *= i
    return result


def main():
    print('Main - Starting')
    print(asyncio.run(factorial(5)))
    print('Main - Done')


main()
