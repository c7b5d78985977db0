# Each coroutine appends to a shared list, so the list is in finishing order
import asyncio

results = []


async def factorial(n):
    value = 1
    for i in range(1, n + 1):
        value *= i
        await asyncio.sleep(0.1)
    results.append((n, value))


async def calculate_factorials(numbers):
    await asyncio.gather(*[factorial(n) for n in numbers])


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('finishing order:', results)
    print('sorted:', sorted(results))
    print('Main - Done')


if __name__ == '__main__':
    main()
