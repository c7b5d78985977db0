# random delays per worker from uniform(), printed in a little table as they finish
import asyncio
import random

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label, delay

async def do_something():
    random.seed(2024)
    delays = {label: round(random.uniform(0.05, 0.6), 2) for label in 'ABCD'}
    print('planned:', delays)
    print(f'{"rank":<5}{"label":<6}{"delay":>6}')
    rank = 0
    for coro in asyncio.as_completed([worker(l, d) for l, d in delays.items()]):
        label, delay = await coro
        rank += 1
        print(f'{rank:<5}{label:<6}{delay:>6.2f}')

asyncio.run(do_something())
