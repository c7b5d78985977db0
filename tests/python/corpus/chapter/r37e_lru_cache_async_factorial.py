# put @lru_cache on the async factorial to speed it up... second call explodes
import asyncio
from functools import lru_cache

@lru_cache
async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def calculate_factorials(nums):
    for n in nums:
        print(f'{n}! =', await factorial(n))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 3, 5]))
    print('Main - Done')

if __name__ == '__main__':
    main()
