# Student bug: forgot to await gather, so results is a future, not a list.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f


async def calculate_factorials(nums):
    results = asyncio.gather(*(factorial(n) for n in nums))
    print("results:", results)
    print("type:", type(results).__name__)
    for r in results:
        print(r)


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
