# timing sequential awaits against gather, printed only as a comparison
import asyncio
import time

async def worker(d):
    await asyncio.sleep(d)
    return d

async def main():
    delays = [0.1, 0.1, 0.1]
    t0 = time.perf_counter()
    for d in delays:
        await worker(d)
    seq = time.perf_counter() - t0
    t0 = time.perf_counter()
    await asyncio.gather(*(worker(d) for d in delays))
    conc = time.perf_counter() - t0
    print('sequential at least 0.3 s?', seq >= 0.3)
    print('concurrent at least 0.1 s?', conc >= 0.1)
    print('gather faster?', conc < seq)

asyncio.run(main())
