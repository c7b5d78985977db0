# A plausible mistake: calculate_factorials called without asyncio.run
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f

async def calculate_factorials(numbers):
    return await asyncio.gather(*[factorial(n) for n in numbers])

def main():
    print('Main - Starting')
    results = calculate_factorials([5, 7, 3, 6])
    print('results:', type(results).__name__)
    print('Main - Done')

if __name__ == '__main__':
    main()
