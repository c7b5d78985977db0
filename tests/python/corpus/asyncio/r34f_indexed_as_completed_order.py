# Keep the original order with as_completed by returning (index, result) pairs.
import asyncio
import random

random.seed(42)

async def job(i, delay):
    await asyncio.sleep(delay)
    return i, f"job{i}:{delay:.2f}"

async def main():
    delays = [round(random.uniform(0.01, 0.1), 2) for _ in range(6)]
    ordered = [None] * len(delays)
    finished = 0
    for fut in asyncio.as_completed([job(i, d) for i, d in enumerate(delays)]):
        i, res = await fut
        ordered[i] = res
        finished += 1
    print(delays)
    print(ordered)
    print(finished, all(ordered))

asyncio.run(main())
