# Wrong: calculate_factorials called without asyncio.run returns a coroutine.
import asyncio

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r

async def calculate_factorials(numbers):
    return await asyncio.gather(*[factorial(n) for n in numbers])

def main():
    print('Main - Starting')
    results = calculate_factorials([5, 7, 3, 6])
    print('results:', type(results).__name__)
    print('Main - Done')

main()
