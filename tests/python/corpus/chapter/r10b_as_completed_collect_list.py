# as_completed results collected into a list, then sorted.
import asyncio
import random

random.seed(7)

delays = random.sample(range(1, 9), 5)

async def worker(label, delay):
    await asyncio.sleep(delay / 10)
    return label

async def main():
    order = []
    for coro in asyncio.as_completed([worker(c, d) for c, d in zip('ABCDE', delays)]):
        order.append(await coro)
    print('finish order:', order)
    print('sorted:', sorted(order))
    print(''.join(order))

asyncio.run(main())
