import asyncio

running = 0
peak = 0

async def download(sem, n):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.01 * (n % 3 + 1))
        running -= 1
        return n

async def main():
    sem = asyncio.Semaphore(3)
    results = await asyncio.gather(*(download(sem, i) for i in range(10)))
    print(results, 'peak', peak)
    print(sem.locked(), sem._value)

asyncio.run(main())
