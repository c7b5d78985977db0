# the factorial exercise reading the numbers from one line typed by the user
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return n, result

async def calculate_factorials(nums):
    for coro in asyncio.as_completed([factorial(n) for n in nums]):
        n, r = await coro
        print(f'{n:>3}! = {r:,}')

def main():
    print('Main - Starting')
    line = input('numbers separated by spaces: ')
    nums = [int(x) for x in line.split()]
    asyncio.run(calculate_factorials(nums))
    print('Main - Done')

if __name__ == '__main__':
    main()
