# a BoundedSemaphore catches my extra release
import asyncio

async def worker(sem, n):
    async with sem:
        await asyncio.sleep(0.01)
    if n == 2:
        sem.release()
    return n

async def main():
    sem = asyncio.BoundedSemaphore(2)
    try:
        print(await asyncio.gather(*(worker(sem, n) for n in range(4))))
    except ValueError as e:
        print('ValueError:', e)
    print('locked?', sem.locked())

asyncio.run(main())
