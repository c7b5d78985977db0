# limiting gather with a BoundedSemaphore, then I released it one time too many
import asyncio

async def worker(i, sem, active):
    async with sem:
        active.append(i)
        print(f'worker {i} in, {len(active)} active')
        await asyncio.sleep(0.03)
        active.remove(i)
    return i

async def main():
    sem = asyncio.BoundedSemaphore(2)
    active = []
    await asyncio.gather(*(worker(i, sem, active) for i in range(5)))
    print('locked?', sem.locked())
    sem.release()

asyncio.run(main())
