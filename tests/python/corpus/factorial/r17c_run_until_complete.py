# The old way: a new event loop and run_until_complete, closed at the end
import asyncio


async def factorial(n):
    f = 1
    for i in range(1, n + 1):
        f *= i
        await asyncio.sleep(0.1)
    print('factorial', n, 'is', f)
    return f


async def calculate_factorials(numbers):
    return await asyncio.gather(*[factorial(n) for n in numbers])


def main():
    print('Main - Starting')
    loop = asyncio.new_event_loop()
    try:
        results = loop.run_until_complete(calculate_factorials([4, 2, 3]))
    finally:
        loop.close()
    print('results:', results, 'loop closed:', loop.is_closed())
    print('Main - Done')


if __name__ == '__main__':
    main()
