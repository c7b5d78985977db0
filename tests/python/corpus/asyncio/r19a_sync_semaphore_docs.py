# docs "Semaphore": at most 2 holders at once; locked(); BoundedSemaphore
import asyncio

async def worker(sem, name, active, peak):
    async with sem:
        active.append(name)
        peak[0] = max(peak[0], len(active))
        print(f"{name} in (holders={len(active)}, locked={sem.locked()})")
        await asyncio.sleep(0.1)
        active.remove(name)

async def main():
    sem = asyncio.Semaphore(2)
    active, peak = [], [0]
    await asyncio.gather(*(worker(sem, f"w{i}", active, peak) for i in range(5)))
    print("peak:", peak[0])
    sem.release()
    print("extra release is allowed:", sem._value)
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
    s0 = asyncio.Semaphore(0)
    print("Semaphore(0) locked:", s0.locked())
    try:
        await asyncio.wait_for(s0.acquire(), 0.1)
    except TimeoutError:
        print("acquire timed out")

asyncio.run(main())
