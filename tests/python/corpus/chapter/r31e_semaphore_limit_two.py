# only two workers at a time with a Semaphore; counting how many run at once
import asyncio

running = 0
peak = 0

async def worker(sem, i):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        print(f'start {i} (running={running})')
        await asyncio.sleep([0.3, 0.1, 0.4, 0.1][i])
        running -= 1
        print(f'end   {i}')
        return i * i

async def main():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(worker(sem, i) for i in range(4)))
    print(results, 'peak:', peak, 'locked at end:', sem.locked())

asyncio.run(main())
