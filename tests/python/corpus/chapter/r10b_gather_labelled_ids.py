# gather with an id per worker and different delays.
import asyncio

async def worker(i, delay):
    print(f'Worker {i} - will take {delay} s')
    await asyncio.sleep(delay)
    print(f'Worker {i} - Done it')
    return i, delay

async def do_something():
    delays = [0.15, 0.05, 0.1]
    results = await asyncio.gather(*(worker(i, d) for i, d in enumerate(delays)))
    for i, d in results:
        print(f'{i:>2}: {d:.2f}')

asyncio.run(do_something())
