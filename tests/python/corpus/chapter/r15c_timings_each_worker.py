# each worker reports when it finished, relative to the start, in tenths
import asyncio
import time

START = time.monotonic()

def since_start():
    return f'{time.monotonic() - START:.1f}'

async def worker(label, delay):
    print(f'{label} starts at {since_start()}')
    await asyncio.sleep(delay)
    print(f'{label} ends')
    return label

async def do_something():
    results = await asyncio.gather(worker('A', 0.36), worker('B', 0.16))
    print('results:', results, 'total about', since_start(), 's')

asyncio.run(do_something())
