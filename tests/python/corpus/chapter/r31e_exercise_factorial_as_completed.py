# factorial exercise with as_completed, returning tuples so I know which is which
import asyncio

async def factorial(n):
    total = 1
    for i in range(1, n + 1):
        total *= i
        await asyncio.sleep(0.01)
    return n, total

async def calculate_factorials(numbers):
    for coro in asyncio.as_completed([factorial(n) for n in numbers]):
        n, f = await coro
        print(f'{n:>2}! = {f:>8,}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6, 10]))
    print('Main - Done')

if __name__ == '__main__':
    main()
