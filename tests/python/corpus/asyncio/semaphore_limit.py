# A Semaphore(2) lets two workers in at a time; the others wait their turn in order (async with).
import asyncio

active = 0

async def worker(sem, n):
    global active
    async with sem:
        active += 1
        print(f'worker {n} in, {active} active')
        await asyncio.sleep(0.05)
        active -= 1
    print(f'worker {n} out')

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(sem, n) for n in range(5)))
    print('locked at the end:', sem.locked())

asyncio.run(main())
