import asyncio
import math

async def factorial(n):
    factors = []
    for i in range(1, n + 1):
        factors.append(i)
        await asyncio.sleep(0.1)
    print(' * '.join(map(str, factors)) or '(empty)', '=', math.prod(factors))
    return math.prod(factors)

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    assert results == [math.factorial(n) for n in numbers]
    print('all correct')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6, 0, 1]))
    print('Main - Done')

if __name__ == '__main__':
    main()
