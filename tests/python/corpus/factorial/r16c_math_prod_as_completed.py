# math.prod in each task, results taken with as_completed: smallest first
import asyncio
import math

async def factorial(n):
    await asyncio.sleep(0.1 * n)
    return n, math.prod(range(1, n + 1))

async def calculate_factorials(numbers):
    for coro in asyncio.as_completed([factorial(n) for n in numbers]):
        n, value = await coro
        print(f'{n:>2}! = {value:>6}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
