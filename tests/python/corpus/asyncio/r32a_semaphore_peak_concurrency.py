# Semaphore(2) limits concurrency; track the peak number of holders
import asyncio

active = peak = 0

async def job(sem, i):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.01)
        active -= 1
    return i

async def main():
    sem = asyncio.Semaphore(2)
    print(sem.locked())
    res = await asyncio.gather(*(job(sem, i) for i in range(7)))
    print(res, "peak", peak)
    print(sem.locked(), sem._value)

asyncio.run(main())
