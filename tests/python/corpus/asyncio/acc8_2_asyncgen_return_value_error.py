# An async generator stops early with a bare return; its repr type and the StopAsyncIteration after.
import asyncio

async def limited(limit):
    n = 0
    while True:
        if n >= limit:
            return
        yield n
        n += 1

async def main():
    g = limited(2)
    print(type(g).__name__, g.__name__, g.__qualname__)
    print([x async for x in g])
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('exhausted')

asyncio.run(main())
