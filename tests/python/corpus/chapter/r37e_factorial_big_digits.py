# exercise extended: big factorials, how many digits and the digit sum
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        if i % 10 == 0:
            await asyncio.sleep(0.005)
        result *= i
    return result

async def calculate_factorials(nums):
    for n, f in zip(nums, await asyncio.gather(*map(factorial, nums))):
        s = str(f)
        print(f'{n:>4}! has {len(s):>4} digits, digit sum {sum(map(int, s)):>5}, ends with {len(s) - len(s.rstrip("0"))} zeros')
    print(str(await factorial(30))[:10] + '...')

asyncio.run(calculate_factorials([10, 50, 100, 200]))
