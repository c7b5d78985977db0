# numbered the as_completed results with enumerate(start=1) to see who came first
import asyncio
import random

random.seed(11)

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label, delay

async def do_something():
    delays = [d / 10 for d in random.sample(range(1, 6), 5)]
    coros = [worker(c, d) for c, d in zip('ABCDE', delays)]
    for place, fut in enumerate(asyncio.as_completed(coros), start=1):
        label, delay = await fut
        suffix = {1: 'st', 2: 'nd', 3: 'rd'}.get(place, 'th')
        print(f'{place}{suffix}: {label} ({delay:.2f}s)')

asyncio.run(do_something())
