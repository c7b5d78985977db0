import asyncio
import math

async def factorial(number):
    result = 1
    for i in range(1, number):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(n, r)
        assert r == math.factorial(n), f'{n}! should be {math.factorial(n)}, got {r}'

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([1, 2, 5]))
    print('Main - Done')

if __name__ == '__main__':
    main()
