import asyncio

async def worker(group, n):
    await asyncio.sleep(0.1 * n)
    print(f'  {group}{n} done')
    return f'{group}{n}'

async def group(name, count):
    print(f'group {name} starting {count} workers')
    results = await asyncio.gather(*(worker(name, i) for i in range(count)))
    print(f'group {name} finished')
    return results

async def do_something():
    everything = await asyncio.gather(group('A', 2), group('B', 3), group('C', 1))
    print(everything)
    flat = [item for sub in everything for item in sub]
    print(flat, len(flat))

asyncio.run(do_something())
