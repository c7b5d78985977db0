# a recursive async factorial that awaits itself
import asyncio

async def factorial(n):
    await asyncio.sleep(0.001)
    if n <= 1:
        return 1
    return n * await factorial(n - 1)

async def calculate_factorials(numbers):
    results = await asyncio.gather(*map(factorial, numbers))
    print(dict(zip(numbers, results)))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
