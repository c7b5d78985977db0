import asyncio
import math

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
        if i % 500 == 0:
            await asyncio.sleep(0.01)
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(f'{n}! has about {int(math.log10(r)) + 1} digits')
        print(f'{n}! = {r}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([100, 2000]))
    print('Main - Done')

if __name__ == '__main__':
    main()
