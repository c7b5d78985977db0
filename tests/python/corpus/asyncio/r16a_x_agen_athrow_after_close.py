# athrow()/asend() on a closed async generator, and aclose() while it is running
import asyncio

async def gen():
    yield 1
    await asyncio.sleep(0.1)
    yield 2

async def main():
    g = gen()
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.athrow(ValueError('late'))
    except ValueError as e:
        print('athrow on closed raises it:', e)
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print('asend: StopAsyncIteration')
    h = gen()
    await h.__anext__()
    nxt = asyncio.create_task(h.__anext__())
    await asyncio.sleep(0)
    try:
        await h.aclose()
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(await nxt)

asyncio.run(main())
