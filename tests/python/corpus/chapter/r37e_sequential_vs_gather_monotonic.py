# timing with time.monotonic: awaiting one by one vs gather, only comparing the totals
import asyncio
import time

async def worker(delay):
    await asyncio.sleep(delay)
    return delay

async def one_by_one(delays):
    return [await worker(d) for d in delays]

async def together(delays):
    return await asyncio.gather(*[worker(d) for d in delays])

async def main():
    delays = [0.1, 0.1, 0.1]
    t0 = time.monotonic()
    await one_by_one(delays)
    t1 = time.monotonic()
    await together(delays)
    t2 = time.monotonic()
    seq, par = t1 - t0, t2 - t1
    print('sequential at least 0.3s:', seq >= 0.3)
    print('gather under 0.2s:', par < 0.2)
    print('gather faster:', par < seq)
    print('more than twice as fast:', seq / par > 2)

asyncio.run(main())
