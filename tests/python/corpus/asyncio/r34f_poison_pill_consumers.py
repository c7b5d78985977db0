# Several consumers stopped with one poison pill (None) each; results counted per consumer.
import asyncio
import random

random.seed(5)

async def consumer(name, q, counts):
    while (item := await q.get()) is not None:
        await asyncio.sleep(item / 1000)
        counts[name] = counts.get(name, 0) + 1
    return f"{name} got the poison pill"

async def main():
    q = asyncio.Queue()
    counts = {}
    names = ["c1", "c2", "c3"]
    consumers = [asyncio.create_task(consumer(n, q, counts)) for n in names]
    for _ in range(12):
        await q.put(random.randint(1, 9) * 10)
    for _ in names:
        await q.put(None)
    print(await asyncio.gather(*consumers))
    print("items handled:", sum(counts.values()))
    print("all consumers worked:", sorted(counts) == names)

asyncio.run(main())
