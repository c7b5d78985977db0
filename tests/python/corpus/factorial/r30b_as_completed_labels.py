# Exercise with as_completed: each factorial returns (n, value) so I know which one finished.
import asyncio


async def factorial(n):
    total = 1
    for k in range(2, n + 1):
        await asyncio.sleep(0.05)
        total *= k
    return n, total


async def calculate_factorials(numbers):
    order = []
    for coro in asyncio.as_completed([factorial(n) for n in numbers]):
        n, value = await coro
        order.append(n)
        print(f"got {n}! = {value}")
    print("finish order:", order)


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
