import asyncio
import sys

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    expected = [120, 5040, 6, 720]
    print('got     ', results)
    print('expected', expected)
    return results != expected

if __name__ == '__main__':
    failed = asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('failed =', failed)
    sys.exit(not failed)
