# 34.8 with a recursive async factorial: deep awaits, then too deep
import asyncio
import sys

async def factorial(n):
    if n <= 1:
        return 1
    return n * await factorial(n - 1)

async def calculate_factorials(numbers):
    for n in numbers:
        try:
            r = await factorial(n)
            print(f'{n}! has {len(str(r))} digits')
        except RecursionError as e:
            print(f'{n}! -> RecursionError: {e}')

def main():
    print('Main - Starting')
    print('limit', sys.getrecursionlimit())
    asyncio.run(calculate_factorials([5, 100, 500, 5000]))
    print('Main - Done')

if __name__ == '__main__':
    main()
