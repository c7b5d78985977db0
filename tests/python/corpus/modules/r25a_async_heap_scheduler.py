import asyncio
import heapq
import itertools

counter = itertools.count()
jobs = []
for pri, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent2")]:
    heapq.heappush(jobs, (pri, next(counter), name))

async def run(name, pri):
    await asyncio.sleep(0.01 * pri)
    print(f"done {name} (p{pri})")
    return name

async def main():
    order = []
    while jobs:
        pri, _, name = heapq.heappop(jobs)
        order.append(await run(name, pri))
    print(order)

asyncio.run(main())
