# Limiting concurrency with a Semaphore and logging the number of active downloads over time
import asyncio

active = 0
peak = 0
log = []

async def download(i, sem):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        log.append(f"start {i} (active={active})")
        await asyncio.sleep([0.1, 0.3, 0.6, 0.2, 0.1][i])
        active -= 1
        log.append(f"end {i}")
    return i * i

async def main():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(download(i, sem) for i in range(5)))
    print(results, "peak:", peak, "locked:", sem.locked())
    print("\n".join(log))

asyncio.run(main())
