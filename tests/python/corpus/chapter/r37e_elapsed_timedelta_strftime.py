# showing elapsed time as a timedelta and with strftime, cut to tenths
import asyncio
import time
from datetime import timedelta

async def worker(delay):
    await asyncio.sleep(delay)

async def main():
    start = time.monotonic()
    await asyncio.gather(worker(0.2), worker(0.1))
    elapsed = int((time.monotonic() - start) * 10) / 10
    print('elapsed:', timedelta(seconds=elapsed))
    print('as clock:', time.strftime('%H:%M:%S', time.gmtime(elapsed)))
    print(f'{elapsed:.1f}s', divmod(int(elapsed * 1000), 1000))

asyncio.run(main())
