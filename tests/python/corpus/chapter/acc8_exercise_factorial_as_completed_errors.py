# The 34.8 exercise with as_completed and a bad input (-2, found after 0.2 s): errors handled per result.
import asyncio

async def factorial(n):
    if n < 0:
        await asyncio.sleep(0.2)
        raise ValueError(f'factorial() not defined for negative values: {n}')
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return n, result

async def calculate_factorials(numbers):
    for coro in asyncio.as_completed([factorial(n) for n in numbers]):
        try:
            n, f = await coro
            print(f'{n}! = {f}')
        except ValueError as e:
            print('error:', e)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, -2, 3, 0]))
    print('Main - Done')

if __name__ == '__main__':
    main()
