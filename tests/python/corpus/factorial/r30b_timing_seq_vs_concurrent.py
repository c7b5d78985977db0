# Timing: sequential awaits versus gather, compared (not printed as numbers).
import asyncio
import time


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.02)
        result *= i
    return result


async def main():
    nums = [5, 7, 3, 6]
    t0 = time.perf_counter()
    seq = [await factorial(n) for n in nums]
    t1 = time.perf_counter()
    conc = await asyncio.gather(*(factorial(n) for n in nums))
    t2 = time.perf_counter()
    print(seq == conc, seq)
    sequential, concurrent = t1 - t0, t2 - t1
    print("sequential >= 0.42s:", sequential >= 0.42)
    print("concurrent >= 0.14s:", concurrent >= 0.14)
    print("gather faster:", concurrent < sequential)


asyncio.run(main())
