# showing elapsed time as a timedelta rounded to whole seconds
import asyncio
import time
from datetime import timedelta

async def worker(n):
    await asyncio.sleep(0.05 * n)
    return n

async def main():
    start = time.monotonic()
    results = await asyncio.gather(*(worker(n) for n in range(1, 4)))
    elapsed = timedelta(seconds=round(time.monotonic() - start))
    print('results:', results)
    print('elapsed:', elapsed)
    print('repr:', repr(elapsed), '| total_seconds:', elapsed.total_seconds())
    print(timedelta(milliseconds=150), timedelta(seconds=3725.5))

asyncio.run(main())
