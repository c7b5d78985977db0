# Factorial exercise: sleep once per step, then math.prod computes the product.
import asyncio
import math

async def factorial(n):
    for _ in range(n):
        await asyncio.sleep(0.1)
    return math.prod(range(1, n + 1))

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(f'{n}! = {r}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
