# Rate-limiting downloads with asyncio.Semaphore and tracking the peak concurrency
import asyncio

active = 0
peak = 0
order = []


async def fetch(i, sem):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        order.append(f"start {i}")
        await asyncio.sleep([0.2, 0.05, 0.4, 0.1, 0.04][i])
        active -= 1
        order.append(f"end {i}")
        return i * i


async def main():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(fetch(i, sem) for i in range(5)))
    print(results, "peak", peak, sem.locked())
    print(order)
    bs = asyncio.BoundedSemaphore(1)
    async with bs:
        pass
    bs.release()


asyncio.run(main())
