# checking 0! is 1 and what a negative number does
import asyncio

async def factorial(n):
    if n < 0:
        raise ValueError(f'factorial of negative number {n}')
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*(factorial(n) for n in numbers), return_exceptions=True)
    for n, r in zip(numbers, results):
        print(f'{n:>3}: {r!r}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([0, 1, -2, 4]))
    print('Main - Done')

if __name__ == '__main__':
    main()
