# The exercise with as_completed where each factorial returns (n, n!) so the order is visible
import asyncio

async def factorial(n):
    total = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        total *= i
    return n, total

async def calculate_factorials(numbers):
    for coro in asyncio.as_completed([factorial(n) for n in numbers]):
        n, f = await coro
        print('%d! = %d' % (n, f))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
