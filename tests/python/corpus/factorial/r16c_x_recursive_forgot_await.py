# Recursive async factorial with the await forgotten: int * coroutine
import asyncio

async def factorial(n):
    if n <= 1:
        return 1
    await asyncio.sleep(0.05)
    return n * factorial(n - 1)

async def calculate_factorials(numbers):
    for n in numbers:
        print(n, await factorial(n))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([1, 5]))
    print('Main - Done')

if __name__ == '__main__':
    main()
