# Wrong: time.sleep(0.1) in the factorial loop blocks everything under gather.
import asyncio
import time

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        time.sleep(0.05)
        r *= i
    print('done', n)
    return r

async def main():
    t = time.perf_counter()
    print(await asyncio.gather(*(factorial(n) for n in [5, 7, 3, 6])))
    print('blocked (>= 1.05s):', time.perf_counter() - t >= 1.05)

asyncio.run(main())
