# Traceback carets for an error inside an awaited expression chain.
import asyncio

async def get(d, k):
    await asyncio.sleep(0.1)
    return d[k]

async def main():
    data = {'a': {'b': 1}}
    total = (await get(data, 'a'))['b'] + (await get(data['a'], 'c'))
    print(total)

asyncio.run(main())
