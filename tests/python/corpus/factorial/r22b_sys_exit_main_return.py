import asyncio
import sys

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print('Results:', results)
    return 0 if all(r > 0 for r in results) else 1

def main():
    print('Main - Starting')
    code = asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done, exit code', code)
    return code + 4

if __name__ == '__main__':
    sys.exit(main())
