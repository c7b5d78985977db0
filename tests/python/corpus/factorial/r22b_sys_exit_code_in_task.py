import asyncio
import sys

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    if result > 1000:
        print(f'{n}! = {result} is too big, giving up')
        sys.exit(3)
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(results)

def main():
    print('Main - Starting')
    try:
        asyncio.run(calculate_factorials([5, 7, 3, 6]))
    finally:
        print('Main - finally')
    print('Main - Done')

if __name__ == '__main__':
    main()
