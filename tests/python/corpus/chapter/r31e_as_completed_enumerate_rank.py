# ranking workers by finishing place with enumerate(start=1)
import asyncio
import random

random.seed(12)
names = ['ant', 'bee', 'cat', 'dog']
delays = random.sample([0.02, 0.04, 0.06, 0.08], k=4)

async def racer(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    tasks = [asyncio.create_task(racer(n, d)) for n, d in zip(names, delays)]
    for place, coro in enumerate(asyncio.as_completed(tasks), start=1):
        name = await coro
        suffix = {1: 'st', 2: 'nd', 3: 'rd'}.get(place, 'th')
        print(f'{place}{suffix}: {name:<5}|')

asyncio.run(main())
