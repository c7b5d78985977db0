import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n * 1.5

async def do_something():
    results = await asyncio.gather(*(worker(n) for n in range(4)))
    total = sum(results)
    print(f'{results=}')
    print(f'{total = :.2f}')
    print(f'{len(results)=} {max(results)!r:>8}')
    print(*results, sep=' | ', end=' <-\n')

asyncio.run(do_something())
