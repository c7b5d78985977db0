# Rate limiting with asyncio.Semaphore: at most 2 downloads at once
import asyncio
import time

sem = None
active = 0

async def download(i):
    global active
    async with sem:
        active += 1
        print(f"start {i} (active={active})")
        await asyncio.sleep(0.19)
        active -= 1
        print(f"end   {i}")
    return i * i

async def main():
    global sem
    sem = asyncio.Semaphore(2)
    t0 = time.perf_counter()
    results = await asyncio.gather(*(download(i) for i in range(5)))
    print(results)
    print(f"3 rounds of 0.19 s: {0.55 < time.perf_counter() - t0 < 0.95}")
    print(sem.locked(), sem._value)

asyncio.run(main())
