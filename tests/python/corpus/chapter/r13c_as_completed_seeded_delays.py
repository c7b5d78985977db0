import asyncio
import random

random.seed(2024)

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label, delay

async def do_something():
    delays = {label: tenths / 10 for label, tenths in zip('ABCDE', random.sample(range(1, 6), 5))}
    print('delays:', delays)
    order = []
    for coro in asyncio.as_completed([worker(l, d) for l, d in delays.items()]):
        label, delay = await coro
        order.append(label)
        print(f'{label} finished after {delay:.2f}s')
    print('finishing order:', ''.join(order))
    print('sorted by delay:', ''.join(sorted(delays, key=delays.get)))

asyncio.run(do_something())
