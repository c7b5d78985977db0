# Factorial exercise: the coroutine awaits itself recursively, sleeping at each level.
import asyncio

async def factorial(n):
    if n <= 1:
        return 1
    await asyncio.sleep(0.1)
    return n * await factorial(n - 1)

async def calculate_factorials(numbers):
    results = await asyncio.gather(*(factorial(n) for n in numbers))
    print('Results:', results)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6, 0, 1]))
    print('Main - Done')

if __name__ == '__main__':
    main()
