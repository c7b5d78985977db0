# Student forgot to await the sleep and the factorial calls.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        asyncio.sleep(0.1)          # oops
        result *= i
    return result

async def calculate_factorials(numbers):
    for n in numbers:
        r = factorial(n)            # oops again
        print(n, type(r).__name__, asyncio.iscoroutine(r))
    fixed = [await factorial(n) for n in numbers]
    print(fixed)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 3]))
    print('Main - Done')

if __name__ == '__main__':
    main()
