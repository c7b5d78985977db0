# Wilson's theorem: (p-1)! mod p == p-1 exactly when p is prime; factorials mod M computed async.
import asyncio

M = 10**9 + 7


async def factorial_mod(n, m):
    r = 1
    for i in range(2, n + 1):
        r = r * i % m
        if i % 20 == 0:
            await asyncio.sleep(0)
    return r


async def main():
    nums = range(2, 30)
    checks = await asyncio.gather(*(factorial_mod(p - 1, p) for p in nums))
    print([p for p, c in zip(nums, checks) if c == p - 1])
    print(await factorial_mod(1000, M), await factorial_mod(100000, M))
    inv = pow(await factorial_mod(10, M), -1, M)
    print(inv, inv * 3628800 % M)
    print(divmod(-await factorial_mod(7, 1000), 7), -5040 % 360, -5040 // 361)


asyncio.run(main())
