# The as_completed listing with main made async and awaited directly.
import asyncio
import random

async def worker(label, d):
    await asyncio.sleep(d)
    return label + str(random.randint(1, 10))

async def main():
    random.seed(99)
    print('Main - Starting')
    results = {}
    for coro in asyncio.as_completed([worker(l, d) for l, d in zip('ABC', (0.3, 0.1, 0.2))]):
        r = await coro
        results[r[0]] = int(r[1:])
        print('do_something - result:', r)
    print('by label:', dict(sorted(results.items())))
    print('Main - Done')

if __name__ == '__main__':
    asyncio.run(main())
