# 34.6.2 with a random delay per worker (seeded), so the finishing order shows
import asyncio
import random

async def worker(label, delay):
    print('Worker - will take some time')
    await asyncio.sleep(delay)
    result = random.randint(1, 10)
    print(f'Worker {label} - Done it')
    return label + str(result)

async def do_something():
    print('do_something - will wait for worker')
    random.seed(42)
    delays = dict(zip('ABC', random.sample([0.1, 0.3, 0.5], 3)))
    print('delays:', delays)
    for async_func in asyncio.as_completed([worker(l, d) for l, d in delays.items()]):
        result = await async_func
        print('do_something - result:', result)

print('Main - Starting')
asyncio.run(do_something())
print('Main - Done')
