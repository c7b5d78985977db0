# only two workers at a time using a Semaphore, counting the peak
import asyncio

running = 0
peak = 0

async def worker(sem, n):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        print(f'worker {n} starts (running={running})')
        await asyncio.sleep(0.02)
        running -= 1
    return n

async def do_something():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(worker(sem, n) for n in range(5)))
    print('results:', results, 'peak:', peak)

asyncio.run(do_something())
