import asyncio

async def leaf(v):
    await asyncio.sleep(0)
    if v % 3 == 0:
        raise ValueError(v)
    return v

async def group(vs):
    return await asyncio.gather(*(leaf(v) for v in vs), return_exceptions=True)

async def main():
    groups = await asyncio.gather(group([1, 2, 3]), group([4, 5, 6]), group([7]))
    for g in groups:
        print([repr(x) if isinstance(x, Exception) else x for x in g])

asyncio.run(main())
