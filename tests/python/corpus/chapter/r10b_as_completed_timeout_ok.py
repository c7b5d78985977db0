# as_completed with a timeout that is long enough.
import asyncio

async def worker(n):
    await asyncio.sleep(n / 50)
    return n

async def main():
    total = 0
    for f in asyncio.as_completed([worker(3), worker(1), worker(2)], timeout=1):
        n = await f
        total += n
        print('got', n, 'running total', total)

asyncio.run(main())
