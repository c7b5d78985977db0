import asyncio

async def fetch(name):
    await asyncio.sleep(0.01 * len(name))
    return name.upper(), len(name)

async def do_something():
    names = ['ann', 'bob', 'charlotte', 'di']
    results = await asyncio.gather(*map(fetch, names))
    for name, (upper, size) in zip(names, results):
        print(f'{name!r:12} -> {upper:<10}|{size:03d}')
    lookup = dict(zip(names, results))
    print(lookup)

asyncio.run(do_something())
