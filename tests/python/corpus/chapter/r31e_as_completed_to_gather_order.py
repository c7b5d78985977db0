# same workers, gather vs as_completed, compare the order of results
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

async def main():
    spec = [('A', 0.09), ('B', 0.03), ('C', 0.06)]
    g = await asyncio.gather(*(worker(l, d) for l, d in spec))
    print('gather      :', g)
    tasks = [asyncio.create_task(worker(l, d)) for l, d in spec]
    ac = [await f for f in asyncio.as_completed(tasks)]
    print('as_completed:', ac)
    print('same set?', sorted(g) == sorted(ac), 'same order?', g == ac)

asyncio.run(main())
