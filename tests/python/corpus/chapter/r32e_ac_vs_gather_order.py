# the same workers through gather and through as_completed, orders compared
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

SPEC = [('A', 0.3), ('B', 0.1), ('C', 0.2)]

async def do_something():
    g = await asyncio.gather(*(worker(l, d) for l, d in SPEC))
    a = [await f for f in asyncio.as_completed([worker(l, d) for l, d in SPEC])]
    print('gather order:      ', g)
    print('as_completed order:', a)
    print('same set?', set(g) == set(a), '| same order?', g == a)

asyncio.run(do_something())
