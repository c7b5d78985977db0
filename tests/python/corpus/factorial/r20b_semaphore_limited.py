# Student limits concurrency to two with a Semaphore; harness checks peak and total time bracket.
import asyncio, time

sem = None
running = 0
peak = 0

async def factorial(n):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        result = 1
        for i in range(1, n + 1):
            await asyncio.sleep(0.05)
            result *= i
        running -= 1
        return result

async def main():
    global sem
    sem = asyncio.Semaphore(2)
    t0 = time.perf_counter()
    res = await asyncio.gather(*(factorial(n) for n in [4, 4, 4, 4]))
    dt = time.perf_counter() - t0
    print(res, 'peak', peak)
    print('two rounds' if 0.35 < dt < 0.75 else 'unexpected', sem.locked(), sem._value)

asyncio.run(main())
