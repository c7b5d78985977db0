# asyncio.run given two coroutines at once, as if it were gather.
import asyncio


async def factorial(n):
    f = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f


def main():
    print('Main - Starting')
    results = asyncio.run(factorial(5), factorial(7))
    print(results)
    print('Main - Done')


if __name__ == '__main__':
    main()
