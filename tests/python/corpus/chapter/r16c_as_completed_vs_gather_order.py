# 34.6.1 and 34.6.2 side by side: gather keeps call order, as_completed finish order
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

async def do_something():
    spec = [('A', 0.3), ('B', 0.1), ('C', 0.2)]
    print('gather:      ', await asyncio.gather(*(worker(l, d) for l, d in spec)))
    order = [await f for f in asyncio.as_completed([worker(l, d) for l, d in spec])]
    print('as_completed:', order)

asyncio.run(do_something())
