# return_exceptions=True then sorting good results from bad
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    if n % 3 == 0:
        raise ValueError(f'{n} is a multiple of three')
    return n * n

async def do_something():
    results = await asyncio.gather(*(worker(n) for n in range(1, 8)), return_exceptions=True)
    good = [r for r in results if not isinstance(r, Exception)]
    bad = [r for r in results if isinstance(r, Exception)]
    print('good:', good)
    print('bad:', bad)
    for r in bad:
        print(' ', type(r).__name__, '-', r, '-', r.args)

asyncio.run(do_something())
