import asyncio

running = 0
peak = 0

async def download(sem, n):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        print(f"start {n} (running={running})")
        await asyncio.sleep(0.02)
        running -= 1
    return n

async def main():
    sem = asyncio.Semaphore(3)
    results = await asyncio.gather(*(download(sem, i) for i in range(7)))
    print("results:", results, "peak:", peak)
    print("locked:", sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
