# A solution printing its table with %-formatting (%d, %-3d, %08.2f, %x, %o, %e) and str.format fields.
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r

async def main():
    nums = [5, 7, 3, 6]
    for n, r in zip(nums, await asyncio.gather(*map(factorial, nums))):
        print('%d! = %d' % (n, r))
        print('%-3d|%8d|%08.2f|%x|%o|%e' % (n, r, r, r, r, r))
        print('{0}! = {1:>10} {1:<8}|'.format(n, r))

asyncio.run(main())
