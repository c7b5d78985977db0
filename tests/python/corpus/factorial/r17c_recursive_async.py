# A recursive async factorial that sleeps at every level of the recursion
import asyncio


async def fact(n):
    await asyncio.sleep(0.1)
    if n <= 1:
        return 1
    return n * await fact(n - 1)


async def calculate_factorials(nums):
    values = await asyncio.gather(*(fact(n) for n in nums))
    for n, v in zip(nums, values):
        print(f'{n}! = {v}')


print('Main - Starting')
asyncio.run(calculate_factorials([5, 7, 3, 6, 0]))
print('Main - Done')
