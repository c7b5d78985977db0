import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r

async def main():
    nums = [5, 7, 3, 6, 10, 20]
    res = await asyncio.gather(*[factorial(n) for n in nums])
    print(f"{'n':>5} | {'n!':>25} | {'comma':>30} | {'sci':>12}")
    print("-" * 82)
    for n, r in zip(nums, res):
        print(f"{n:>5} | {r:>25} | {r:>30,} | {r:>12.3e}")
    print(f"{res[-1]:_}")
    print(f"{res[-1]:e}")
    print(f"{res[0]:08d} {res[0]:x} {res[0]:o} {res[0]:b}")
    print(f"{res[1]:^12}|{res[1]:<12}|{res[1]:+}")
    print("{:>5}! = {:,}".format(nums[4], res[4]))
    print("%5d! = %e" % (nums[5], res[5]))

asyncio.run(main())
