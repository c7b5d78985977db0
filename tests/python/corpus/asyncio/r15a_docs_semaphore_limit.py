# A Semaphore caps how many fetches run at once; the peak is tracked
import asyncio

running = 0
peak = 0

async def fetch(sem, n):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        print(f"fetch {n} start (running={running})")
        await asyncio.sleep(0.1)
        running -= 1
        return n * n

async def main():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(fetch(sem, n) for n in range(5)))
    print(results)
    print("peak concurrency:", peak)
    print("semaphore locked:", sem.locked())

asyncio.run(main())
