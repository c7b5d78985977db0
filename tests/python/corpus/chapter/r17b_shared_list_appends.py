# Several workers append to a shared list; the final order follows their delays
import asyncio

log = []

async def worker(name, delay, steps):
    for s in range(steps):
        await asyncio.sleep(delay)
        log.append(f'{name}{s}')

async def main():
    await asyncio.gather(worker('a', 0.2, 3), worker('b', 0.5, 2))
    print(log)
    print('count by worker:', {k: sum(1 for x in log if x[0] == k) for k in 'ab'})

asyncio.run(main())
