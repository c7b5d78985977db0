# Limit concurrency to 2 with a Semaphore and prove it by tracking the peak number running.
import asyncio

running = 0
peak = 0


async def factorial(sem, n):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        r = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.01)
            r *= i
        running -= 1
        return r


async def main():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(factorial(sem, n) for n in [5, 7, 3, 6, 4]))
    print(results)
    print("peak concurrency:", peak, "locked now:", sem.locked())
    print("value after:", sem._value)


asyncio.run(main())
