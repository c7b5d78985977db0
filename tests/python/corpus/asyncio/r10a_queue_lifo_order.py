import asyncio

async def main():
    q = asyncio.LifoQueue(maxsize=3)
    for x in 'abc':
        q.put_nowait(x)
    print(repr(q).split(' at ')[0] if ' at ' in repr(q) else repr(q))
    print(str(q))
    print([q.get_nowait() for _ in range(3)])
    await q.put('d')
    await q.put('e')
    print(await q.get(), q.qsize())

asyncio.run(main())
