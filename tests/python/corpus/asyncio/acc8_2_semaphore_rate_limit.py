# A Semaphore(2) limiting downloads: at most two at once, printed as they start and finish.
import asyncio

active = 0

async def download(sem, n):
    global active
    async with sem:
        active += 1
        print(f'start {n} (active {active})')
        await asyncio.sleep(0.1)
        active -= 1
        print(f'end {n}')
    return n

async def main():
    sem = asyncio.Semaphore(2)
    print(await asyncio.gather(*(download(sem, n) for n in range(5))))

asyncio.run(main())
