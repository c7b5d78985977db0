# Older formatting styles: %-formatting and str.format with the results
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f

async def main():
    nums = [5, 7, 3, 6]
    res = await asyncio.gather(*(factorial(n) for n in nums))
    for n, f in zip(nums, res):
        print('%d! = %d' % (n, f))
        print('{0}! = {1:>8}'.format(n, f))
        print('%-3d|%10.2e|%x' % (n, f, f))

asyncio.run(main())
