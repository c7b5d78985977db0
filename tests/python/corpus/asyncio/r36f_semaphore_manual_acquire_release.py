# Semaphore used with explicit acquire()/release() in try/finally instead of async with.
import asyncio

sem = asyncio.Semaphore(2)
active = 0
peak = 0

async def download(i):
    global active, peak
    await sem.acquire()
    try:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.02)
        if i == 3:
            raise IOError(f"download {i} failed")
        return i
    finally:
        active -= 1
        sem.release()

async def main():
    results = await asyncio.gather(*(download(i) for i in range(6)), return_exceptions=True)
    print([r if isinstance(r, int) else type(r).__name__ for r in results])
    print("peak concurrency:", peak, "| semaphore free again:", not sem.locked())

asyncio.run(main())
