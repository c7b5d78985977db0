# keep results sorted while they arrive with bisect.insort, and a deque of the last two
import asyncio
import bisect
import random
from collections import deque

random.seed(21)

async def worker(delay, value):
    await asyncio.sleep(delay)
    return value

async def main():
    delays = random.sample(range(1, 7), 6)
    values = [random.randint(1, 50) for _ in delays]
    ordered, recent = [], deque(maxlen=2)
    for fut in asyncio.as_completed([worker(d / 20, v) for d, v in zip(delays, values)]):
        v = await fut
        bisect.insort(ordered, v)
        recent.append(v)
        print(f'{v:>2} -> {ordered} recent={list(recent)}')
    print(recent)

asyncio.run(main())
