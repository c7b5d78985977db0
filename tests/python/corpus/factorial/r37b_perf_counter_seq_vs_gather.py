# Timing sequential awaits against gather with perf_counter, printing only whether gather was faster.
import asyncio
import time


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.02)
        r *= i
    return r


async def main():
    nums = [5, 7, 3, 6]
    t0 = time.perf_counter()
    seq = [await factorial(n) for n in nums]
    t1 = time.perf_counter()
    conc = await asyncio.gather(*(factorial(n) for n in nums))
    t2 = time.perf_counter()
    print("same results:", seq == conc)
    print("gather faster:", (t2 - t1) < (t1 - t0))
    print("sequential >= 0.34s:", t1 - t0 >= 0.34)
    print("gather >= 0.12s:", t2 - t1 >= 0.12)


asyncio.run(main())
