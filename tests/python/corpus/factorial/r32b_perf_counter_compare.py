# Sequential vs concurrent: timing both with perf_counter, printing only the comparison.
import asyncio
import time


async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        r *= i
    return r


async def main():
    numbers = [3, 4, 5]
    t0 = time.perf_counter()
    seq = [await factorial(n) for n in numbers]
    t1 = time.perf_counter()
    conc = await asyncio.gather(*[factorial(n) for n in numbers])
    t2 = time.perf_counter()
    print(seq, conc, seq == conc)
    sequential, concurrent = t1 - t0, t2 - t1
    print("sequential >= 0.6 s:", sequential >= 0.6)
    print("concurrent < 0.45 s:", concurrent < 0.45)
    print("concurrent faster:", concurrent < sequential)


asyncio.run(main())
