# how many workers can gather handle? I tried five thousand
import asyncio
import time

async def worker(i):
    await asyncio.sleep(0.05)
    return i % 7

async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*(worker(i) for i in range(5000)))
    print(len(results), sum(results))
    print('all concurrently:', time.perf_counter() - start < 10)

asyncio.run(main())
