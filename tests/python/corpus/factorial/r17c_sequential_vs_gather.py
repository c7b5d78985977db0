# One after another versus all together: the step counts printed, not the times
import asyncio
import time


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f


async def main():
    nums = [4, 3, 2]
    t0 = time.monotonic()
    seq = [await factorial(n) for n in nums]
    t1 = time.monotonic()
    par = await asyncio.gather(*[factorial(n) for n in nums])
    t2 = time.monotonic()
    print(seq, par, seq == par)
    print('sequential longer:', (t1 - t0) > (t2 - t1))
    print(f'sequential over 0.55s: {t1 - t0 > 0.55}, gathered over 0.55s: {t2 - t1 > 0.55}')


asyncio.run(main())
