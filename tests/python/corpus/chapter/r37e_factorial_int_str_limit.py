# exercise with a really big number: printing 2000! hits Python's digit limit
import asyncio
import math

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        if i % 500 == 0:
            await asyncio.sleep(0.01)
        result *= i
    return result

async def calculate_factorials(nums):
    for n, f in zip(nums, await asyncio.gather(*map(factorial, nums))):
        assert f == math.factorial(n)
        print(f'{n}! has {f.bit_length()} bits')
        print(f'{n}! = {str(f)[:20]}...')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([100, 1000, 2000]))
    print('Main - Done')

if __name__ == '__main__':
    main()
