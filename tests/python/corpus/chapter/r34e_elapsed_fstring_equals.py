# printing elapsed time with f-string = and rounding to one decimal
import asyncio
import time

async def worker(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    start = time.perf_counter()
    await asyncio.gather(worker(0.26), worker(0.12))
    elapsed = round(time.perf_counter() - start, 1)
    print(f'{elapsed=}')
    start = time.monotonic()
    for d in (0.06, 0.06):
        await worker(d)
    seq = time.monotonic() - start
    print(f'{seq >= 0.12 = }', f'{seq < 0.3 =}')

asyncio.run(main())
