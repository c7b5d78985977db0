# gather of two gathers, each with their own workers
import asyncio

async def worker(group, n):
    await asyncio.sleep(0.1 * n)
    return f'{group}{n}'

async def group(name, count):
    results = await asyncio.gather(*(worker(name, i) for i in range(1, count + 1)))
    print('group', name, 'done:', results)
    return results

async def do_something():
    everything = await asyncio.gather(group('x', 3), group('y', 2))
    print('everything:', everything)
    flat = [r for g in everything for r in g]
    print('flat:', ', '.join(flat))

asyncio.run(do_something())
