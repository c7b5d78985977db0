import asyncio
import random
from collections import Counter
from statistics import mean

random.seed(8)

async def worker(name):
    delay = round(random.uniform(0.01, 0.05), 3)
    flip = random.choice("HT")
    await asyncio.sleep(delay)
    return name, delay, flip

async def main():
    results = await asyncio.gather(*(worker(f"w{i}") for i in range(6)))
    for name, delay, flip in results:
        print(f"{name}: {delay:.3f}s {flip}")
    print(Counter(flip for *_, flip in results).most_common())
    print("mean delay:", round(mean(d for _, d, _ in results), 4))

asyncio.run(main())
