# comparing time.sleep and asyncio.sleep for three workers, times only compared
import asyncio
import time

async def blocking():
    time.sleep(0.2)

async def polite():
    await asyncio.sleep(0.2)

async def timed(kind):
    start = time.perf_counter()
    await asyncio.gather(*(kind() for _ in range(3)))
    return time.perf_counter() - start

async def main():
    b = await timed(blocking)
    p = await timed(polite)
    print('blocking takes at least 0.6 s:', b >= 0.6)
    print('polite takes at least 0.2 s:', p >= 0.2)
    print('blocking is at least 2x slower:', b >= 2 * 0.2 and b > p)

asyncio.run(main())
