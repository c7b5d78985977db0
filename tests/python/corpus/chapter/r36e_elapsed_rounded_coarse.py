# timing sequential awaits vs gather, printed as comparisons
import asyncio
import time

async def worker(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    start = time.perf_counter()
    for d in (0.1, 0.1, 0.1):
        await worker(d)
    seq = time.perf_counter() - start
    start = time.perf_counter()
    await asyncio.gather(*(worker(d) for d in (0.1, 0.1, 0.1)))
    par = time.perf_counter() - start
    print(f'sequential: over 0.2s? {seq > 0.2}')
    print(f'gathered:   under 0.2s? {par < 0.2}')
    print('gather faster?', seq > par + 0.1)

asyncio.run(main())
