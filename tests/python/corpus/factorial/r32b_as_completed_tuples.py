# My solution using as_completed: each coroutine returns (n, n!) so I know which one finished.
import asyncio


async def factorial(n):
    """Compute n! awaiting 0.1 s each time round the loop."""
    total = 1
    for k in range(1, n + 1):
        await asyncio.sleep(0.1)
        total *= k
    return n, total


async def calculate_factorials(numbers):
    for coro in asyncio.as_completed([factorial(n) for n in numbers]):
        n, value = await coro
        print(f"{n}! = {value}")


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
