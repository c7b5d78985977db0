# factorial exercise with as_completed and a progress fraction
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return n, result

async def calculate_factorials(numbers):
    total = len(numbers)
    for done, coro in enumerate(asyncio.as_completed([factorial(n) for n in sorted(numbers)]), 1):
        n, f = await coro
        print(f'[{done}/{total}] {n}! = {f}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
