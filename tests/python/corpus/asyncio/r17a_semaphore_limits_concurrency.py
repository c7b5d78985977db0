# a Semaphore(2) lets at most two workers in at once
import asyncio

active = 0
peak = 0

async def worker(n, sem):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(f'worker {n} in (active={active})')
        await asyncio.sleep(0.1)
        active -= 1

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(n, sem) for n in range(5)))
    print('peak', peak, 'locked', sem.locked())

asyncio.run(main())
