# one after another against gather: the times compared, not printed
import asyncio
import time

async def factorial(n):
    f = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        f *= i
    return f

async def main():
    numbers = [5, 7, 3, 6]
    t0 = time.perf_counter()
    one_by_one = [await factorial(n) for n in numbers]
    t1 = time.perf_counter()
    together = await asyncio.gather(*[factorial(n) for n in numbers])
    t2 = time.perf_counter()
    print(one_by_one == together, together)
    print("sequential took at least 1.05 s:", t1 - t0 >= 1.05)
    print("gather was faster:", (t2 - t1) < (t1 - t0) / 2)

asyncio.run(main())
