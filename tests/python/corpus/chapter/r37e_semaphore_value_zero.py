# Semaphore(0) by mistake: workers wait forever until a timeout saves me
import asyncio

async def worker(i, sem):
    async with sem:
        await asyncio.sleep(0.01)
        return i

async def main():
    sem = asyncio.Semaphore(0)
    print('locked?', sem.locked())
    try:
        print(await asyncio.wait_for(asyncio.gather(*(worker(i, sem) for i in range(3))), 0.1))
    except asyncio.TimeoutError:
        print('nobody got in')
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
