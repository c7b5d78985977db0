# A Semaphore limits concurrency; a BoundedSemaphore refuses an extra release
import asyncio

active = 0
peak = 0

async def limited(sem, i):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.02)
        active -= 1

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(sem, i) for i in range(7)))
    print("peak", peak, "locked", sem.locked())
    plain = asyncio.Semaphore(1)
    plain.release()
    print("plain semaphore value now", plain._value)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    b.release()

asyncio.run(main())
