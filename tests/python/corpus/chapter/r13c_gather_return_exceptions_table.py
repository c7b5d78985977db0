import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    if n % 3 == 0:
        raise ValueError(f'{n} is a multiple of 3')
    if n == 4:
        return 1 / (n - 4)
    return n * 2

async def do_something():
    results = await asyncio.gather(*(worker(n) for n in range(1, 7)), return_exceptions=True)
    for n, r in enumerate(results, 1):
        if isinstance(r, Exception):
            print(f'{n:>2}: {type(r).__name__:<18} {r}')
        else:
            print(f'{n:>2}: ok {r}')
    print(results)

asyncio.run(do_something())
