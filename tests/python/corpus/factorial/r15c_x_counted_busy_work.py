# CPU work simulated by a counted loop (not by the clock); times compared only
import asyncio
import time

def busy_factorial(n, spins):
    r = 1
    for i in range(2, n + 1):
        for _ in range(spins):
            pass
        r *= i
    return r

async def factorial(n):
    await asyncio.sleep(0.01)
    return busy_factorial(n, 20000)

async def main():
    t0 = time.perf_counter()
    results = await asyncio.gather(*(factorial(n) for n in (5, 10, 15)))
    elapsed = time.perf_counter() - t0
    print(results)
    print('took some time:', elapsed > 0, '| under 3 s:', elapsed < 3)

asyncio.run(main())
