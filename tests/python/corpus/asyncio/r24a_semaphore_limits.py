import asyncio

active = 0
peak = 0

async def limited(sem, i):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.01)
        active -= 1
    return i

async def main():
    sem = asyncio.Semaphore(2)
    print(repr(sem).rsplit(" ", 1)[-1])
    res = await asyncio.gather(*(limited(sem, i) for i in range(6)))
    print(res, "peak", peak)
    print(sem.locked(), sem._value)
    sem.release()
    sem.release()
    print("plain semaphore over-released:", sem._value)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
