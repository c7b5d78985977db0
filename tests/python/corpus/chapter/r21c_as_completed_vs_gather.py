# The same jobs with gather and as_completed: orders differ.
import asyncio

async def job(n, d):
    await asyncio.sleep(d)
    return n

DELAYS = [(1, 0.4), (2, 0.1), (3, 0.3), (4, 0.2)]

async def main():
    g = await asyncio.gather(*(job(n, d) for n, d in DELAYS))
    print('gather      :', g)
    c = [await f for f in asyncio.as_completed([job(n, d) for n, d in DELAYS])]
    print('as_completed:', c)
    print('same set:', sorted(c) == sorted(g))

asyncio.run(main())
