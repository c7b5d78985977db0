import asyncio

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

async def main():
    nums = [5, 7, 3, 6]
    res = await asyncio.gather(*[factorial(n) for n in nums])
    print('Number'.ljust(8) + 'Factorial'.rjust(12))
    print('=' * 20)
    for n, r in zip(nums, res):
        print(str(n).ljust(8) + str(r).rjust(12))
    print('=' * 20)
    print('Total'.ljust(8) + str(sum(res)).rjust(12))
    print('centre:', '[' + str(res[0]).center(9, '*') + ']')

asyncio.run(main())
