# factorial exercise with as_completed, printing n along with n!
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return n, result

async def calculate_factorials(numbers):
    for coro in asyncio.as_completed([factorial(n) for n in numbers]):
        n, f = await coro
        print(f'{n}! = {f}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
