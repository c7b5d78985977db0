import asyncio
import time

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.02)
        f *= i
    return f

async def sequential():
    return [await factorial(n) for n in (3, 4, 5)]

async def concurrent():
    return await asyncio.gather(factorial(3), factorial(4), factorial(5))

start = time.perf_counter()
r1 = asyncio.run(sequential())
seq_time = time.perf_counter() - start

start = time.perf_counter()
r2 = asyncio.run(concurrent())
conc_time = time.perf_counter() - start

print("sequential:", r1)
print("concurrent:", r2)
print("same results:", r1 == list(r2))
print("concurrent was faster:", conc_time < seq_time)
