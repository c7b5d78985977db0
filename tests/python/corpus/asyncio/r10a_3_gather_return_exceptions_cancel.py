import asyncio

async def ok(n):
    await asyncio.sleep(n / 100)
    return n

async def bad():
    await asyncio.sleep(0.01)
    raise ValueError('bad')

async def main():
    t = asyncio.create_task(ok(5))
    g = asyncio.gather(ok(1), bad(), t, return_exceptions=True)
    await asyncio.sleep(0.02)
    t.cancel()
    res = await g
    print([r if not isinstance(r, BaseException) else type(r).__name__ for r in res])
    try:
        await asyncio.gather(ok(1), bad(), ok(2))
    except ValueError as e:
        print('first error', e)

asyncio.run(main())
