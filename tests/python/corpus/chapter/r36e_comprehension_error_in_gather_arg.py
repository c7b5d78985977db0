# building the gather arguments in a comprehension with a typo in one label conversion
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

async def do_something():
    specs = ['A:0.1', 'B:0.2', 'C:fast']
    results = await asyncio.gather(*[worker(s.split(':')[0], float(s.split(':')[1])) for s in specs])
    print(results)

asyncio.run(do_something())
