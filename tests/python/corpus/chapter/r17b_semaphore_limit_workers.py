# Limiting how many workers run at once with a Semaphore, tracking the peak
import asyncio

running = 0
peak = 0

async def worker(sem, i):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.1)
        running -= 1
        return i * i

async def main():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(worker(sem, i) for i in range(6)))
    print(results, 'peak =', peak)

asyncio.run(main())
