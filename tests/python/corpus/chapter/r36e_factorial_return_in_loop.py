# my factorial returns too early because the return got indented into the for loop
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result = result * i
        return result

async def calculate_factorials(nums):
    results = await asyncio.gather(*[factorial(n) for n in nums])
    print('results:', results)
    expected = [1, 1, 2, 6, 24, 120]
    for n, r in zip(nums, results):
        flag = 'ok' if r == expected[n] else f'WRONG (expected {expected[n]})'
        print(f'{n}! = {r} {flag}')

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 1, 3, 0]))
    print('Main - Done')

main()
