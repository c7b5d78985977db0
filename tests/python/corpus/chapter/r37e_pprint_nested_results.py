# pprint of a nested dict of results, it wraps long lines
import asyncio
from pprint import pprint, pformat

async def worker(name, n):
    await asyncio.sleep(0.01)
    return name, {'squares': [i * i for i in range(n)], 'label': name * 3, 'ok': n % 2 == 0}

async def main():
    results = dict(await asyncio.gather(*(worker(c, n) for c, n in zip('abc', (4, 9, 14)))))
    pprint(results)
    pprint(results, width=40, depth=2)
    print(pformat(results['a'], compact=True, sort_dicts=False))

asyncio.run(main())
